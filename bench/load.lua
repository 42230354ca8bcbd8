-- wrk script for bench/load.sh. Each thread walks LOAD_PATHS (space-separated GET paths) round robin with the
-- bearer token in LOAD_TOKEN; with LOAD_WRITE_EVERY=n every n-th request is instead a POST of LOAD_WRITE_BODY to
-- LOAD_WRITE_PATH with LOAD_WRITE_TOKEN. done() prints one line for bench/load.sh to parse:
--   RESULT requests seconds errors(non-2xx + socket) p50_ms p99_ms non2xx socket_errors
local paths = {}
for path in string.gmatch(os.getenv("LOAD_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local read_headers = { ["Authorization"] = "Bearer " .. (os.getenv("LOAD_TOKEN") or "") }
local write_every = tonumber(os.getenv("LOAD_WRITE_EVERY") or "0")
local write_path = os.getenv("LOAD_WRITE_PATH")
local write_body = os.getenv("LOAD_WRITE_BODY")
local write_headers = {
  ["Authorization"] = "Bearer " .. (os.getenv("LOAD_WRITE_TOKEN") or ""),
  ["Content-Type"] = "application/json",
}
local n = 0
local non2xx = 0
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function request()
  n = n + 1
  if write_every > 0 and n % write_every == 0 then
    return wrk.format("POST", write_path, write_headers, write_body)
  end
  return wrk.format("GET", paths[(n % #paths) + 1], read_headers, nil)
end

-- wrk counts only status > 399 as errors; the bar is every answer a 2xx.
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %d %.3f %d %.2f %.2f %d %d\n", summary.requests, summary.duration / 1e6,
    bad + socket, latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, socket))
end

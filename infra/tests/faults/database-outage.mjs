// Scenario a: PostgreSQL stopped and started again while writes (new events) and reads run against the backend.
// During the outage every request fails fast with 503 problem+json and Retry-After, /q/health/ready is DOWN; after
// it the same backend process serves again and every write that got a 2xx is in the database.
//
// Environment: APP_PORT (a running backend on the PostgreSQL below), OIDC_URL, PG_PORT / PG_DATA_DIR / PG_STATE_DIR.
import { randomUUID } from 'node:crypto';

import { check, env, max, passwordToken, postgres, round, sleep, sql, timed } from './lib.mjs';

const base = `http://localhost:${env.APP_PORT}`;
const WORKERS = 4;
const MAX_REQUESTS = 6000; // a bound on the load whatever the timings
const OUTAGE_MS = 8000; // how long PostgreSQL stays down
const AFTER_MS = 8000; // load kept up after PostgreSQL is back
const FAIL_FAST_MS = 5000; // bound on any answer while it is down (acquisition timeout 3 s + margin)

const failures = [];
const prefix = `fault-db-${randomUUID().slice(0, 8)}`;
const token = await passwordToken(env.OIDC_URL);
const results = [];
const health = [];
let seq = 0;
let stopLoad = false;

async function worker() {
  while (!stopLoad && results.length < MAX_REQUESTS) {
    const title = `${prefix}-${++seq}`;
    const write = await timed(`${base}/api/v1/events`, { method: 'POST', token, body: {
      programme: 'springboard', title, type: 'conference', format: 'online', startDate: '2025-06-01' } });
    results.push({ kind: 'write', title, ...write, id: write.status === 201 ? write.json?.id : undefined });
    const read = await timed(`${base}/api/v1/events?size=5&q=${prefix}`, { token });
    results.push({ kind: 'read', ...read });
  }
}

async function healthPoller() {
  while (!stopLoad) {
    health.push(await timed(`${base}/q/health/ready`, { timeoutMs: 10_000 }));
    await sleep(500);
  }
}

const load = [...Array(WORKERS)].map(worker);
const poller = healthPoller();
await sleep(3000);
const stopIssued = Date.now();
await postgres('stop');
const downAt = Date.now();
console.log(`  PostgreSQL stopped in ${downAt - stopIssued} ms; keeping it down ${OUTAGE_MS / 1000} s under load`);
await sleep(OUTAGE_MS);
const startIssued = Date.now();
await postgres('start');
const upAt = Date.now();
console.log(`  PostgreSQL accepting connections again ${upAt - startIssued} ms after the start command`);
await sleep(AFTER_MS);
stopLoad = true;
await Promise.all([...load, poller]);

const began = (r) => r.at - r.ms;
const during = results.filter((r) => began(r) >= downAt && r.at <= startIssued);
const ok = results.filter((r) => r.status >= 200 && r.status < 300);
const unavailable = results.filter((r) => r.status === 503);
const other = results.filter((r) => !(r.status >= 200 && r.status < 300) && r.status !== 503);
const firstWriteAfter = results.filter((r) => r.kind === 'write' && r.status === 201 && began(r) >= upAt)
  .sort((a, b) => a.at - b.at)[0];
const healthDuring = health.filter((h) => began(h) >= downAt && h.at <= startIssued);
const healthAfter = health.filter((h) => began(h) >= upAt);
const firstHealthyAfter = healthAfter.find((h) => h.status === 200);

check(results.length > 0 && results.length <= MAX_REQUESTS + WORKERS * 2, `${results.length} requests sent`, failures);
check(during.length > 0 && during.every((r) => r.status === 503), `all ${during.length} requests made while `
  + `PostgreSQL was down answered 503`, failures);
check(during.every((r) => r.type.startsWith('application/problem+json') && r.json?.status === 503),
  'each as application/problem+json with status 503', failures);
check(during.every((r) => Number(r.retryAfter) > 0), `each with Retry-After (${during[0]?.retryAfter} s)`, failures);
const maxDuring = max(during.map((r) => r.ms));
check(maxDuring < FAIL_FAST_MS, `fast: the slowest answer during the outage took ${round(maxDuring)} ms `
  + `(bound ${FAIL_FAST_MS} ms)`, failures);
check(other.length === 0, `no answer other than 2xx or 503 in the whole run (${other.length}: `
  + `${[...new Set(other.map((r) => r.status || r.error))].join(', ')})`, failures);
check(healthDuring.length > 0 && healthDuring.every((h) => h.status === 503),
  `/q/health/ready DOWN (503) in all ${healthDuring.length} polls during the outage`, failures);
check(firstHealthyAfter !== undefined && health.at(-1).status === 200,
  `/q/health/ready UP again ${firstHealthyAfter ? firstHealthyAfter.at - upAt : '?'} ms after PostgreSQL was back`,
  failures);
check(firstWriteAfter !== undefined, `the same backend process wrote again ${firstWriteAfter
  ? firstWriteAfter.at - upAt : '?'} ms after PostgreSQL was back (no restart)`, failures);

const acknowledged = results.filter((r) => r.kind === 'write' && r.status === 201);
const stored = new Map((await sql(`select e.id, e.title, (select count(*) from audit_entry a where a.entity_type = 'event'
  and a.entity_id = e.id::text and a.action = 'created') from event e where e.title like '${prefix}-%'`))
  .map(([id, title, audits]) => [title, { id: Number(id), audits: Number(audits) }]));
const missing = acknowledged.filter((r) => stored.get(r.title)?.id !== r.id);
check(acknowledged.length > 0 && missing.length === 0, `every one of the ${acknowledged.length} acknowledged writes `
  + `is in the database (${missing.length} missing)`, failures);
check([...stored.values()].every((row) => row.audits === 1), `each stored event has exactly one 'created' audit entry `
  + `(${stored.size} rows checked)`, failures);
const unacknowledged = stored.size - acknowledged.length;

console.log(`SUMMARY database-outage: requests ${results.length}, 2xx ${ok.length}, 503 ${unavailable.length}, `
  + `other ${other.length}; during the outage ${during.length} requests, max latency ${round(maxDuring)} ms; `
  + `health DOWN→UP ${firstHealthyAfter ? firstHealthyAfter.at - upAt : '?'} ms, first write after restart `
  + `${firstWriteAfter ? firstWriteAfter.at - upAt : '?'} ms; rows checked ${stored.size} (${acknowledged.length} `
  + `acknowledged, ${unacknowledged} written whose answer was lost)`);
console.log(`${failures.length === 0 ? 1 : 0} passed, ${failures.length === 0 ? 0 : 1} failed`);
process.exit(failures.length === 0 ? 0 : 1);

#!/usr/bin/env bash
# The packaged application's log, against requests that carry a bearer token and personal data: every line is JSON,
# each request's lines and its access-log line carry its request id, and neither the token (nor any JWT), nor the
# names, e-mail addresses, survey comments or searches sent appear in it.
#   API=http://localhost:8089 LOG=.local/e2e/backend.log infra/tests/log-hygiene.sh
set -euo pipefail
API="${API:-http://localhost:8089}"
LOG="${LOG:?LOG must name the log file of the running backend}"
KEYCLOAK="${KEYCLOAK:-http://localhost:8180/realms/sector-support}"
fail() { echo "log hygiene: $*" >&2; exit 1; }

stamp="$(date +%s)$RANDOM"
name="Loggable Person$stamp"
email="loggable.person$stamp@example.org"
comment="Comment$stamp about a named officer"
search="Searchterm$stamp"
request_id="log-hygiene-$stamp"
token=$(curl -fsS -d grant_type=password -d client_id=sector-support-cli -d username=staff -d password=staff-demo \
  -d scope=openid "$KEYCLOAK/protocol/openid-connect/token" | jq -r .access_token)
partner_token=$(curl -fsS -d grant_type=client_credentials -d client_id=solace-partner \
  -d client_secret=solace-demo-secret "$KEYCLOAK/protocol/openid-connect/token" | jq -r .access_token)
call() { # STATUS METHOD PATH [BODY] [CONTENT-TYPE] [TOKEN]: one request, which must answer STATUS
  local status
  calls=$((calls + 1))
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X "$2" -H "Authorization: Bearer ${6:-$token}" \
    -H "X-Request-Id: $request_id-$calls" -H "Content-Type: ${5:-application/json}" \
    ${4:+--data-binary "$4"} "$API$3")
  [[ "$status" == "$1" ]] || fail "$2 $3 answered $status, expected $1"
}
calls=0

# A peer with a name and e-mail; a search by name; the same data refused (400), and a wrong token (401)
call 201 POST /api/v1/peers "{\"kind\":\"member\",\"name\":\"$name\",\"email\":\"$email\",\"politicalGroup\":\"independent\",\"homeCouncil\":\"E06000047\"}"
call 200 GET "/api/v1/peers?q=${search// /+}"
call 400 POST /api/v1/peers "{\"kind\":\"nobody\",\"name\":\"$name\",\"email\":\"$email\",\"homeCouncil\":\"E06000047\"}"
call 400 POST /api/v1/peers "{\"name\": \"$name\", \"email\": \"$email\""
call 401 GET /api/v1/councils "" "" "${token%.*}.c2lnbmF0dXJl"
# A survey comment, through the API and through a partner's import (a good row and a bad one)
event=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary \
  '{"programme":"springboard","title":"Log hygiene webinar","type":"webinar","format":"online","startDate":"2025-01-22"}' \
  "$API/api/v1/events" | jq -r .id)
call 201 POST /api/v1/survey-responses "{\"subject\":{\"type\":\"event\",\"id\":$event},\"respondentRole\":\"officer\",\"submittedDate\":\"2025-02-01\",\"comment\":\"$comment\"}"
call 200 POST "/api/v1/imports/survey-responses?mode=partial" "{\"externalId\":\"LH-$stamp-1\",\"subjectType\":\"event\",\"subjectExternalId\":\"LH-$stamp-none\",\"respondentRole\":\"officer\",\"submittedDate\":\"2025-10-01\",\"comment\":\"$comment\"}
{\"externalId\":\"LH-$stamp-2\",\"respondentRole\":\"officer\",\"comment\":\"$comment\",\"email\":\"$email\"}" \
  application/x-ndjson "$partner_token"
sleep 1 # the access log is written as each response ends

for secret in "$name" "$email" "$comment" "$search" "${token:0:40}" "${partner_token:0:40}" "eyJ" "Bearer "; do
  if grep -qF -- "$secret" "$LOG"; then
    fail "the log holds '${secret:0:20}…': $(grep -F -- "$secret" "$LOG" | head -n1 | cut -c1-300)"
  fi
done
ours=$(grep -F "\"$request_id-" "$LOG" || true)
[[ -n "$ours" ]] || fail "no log line names the request ids sent ($request_id-*)"
jq -e . >/dev/null <<<"$ours" || fail "a line of the log is not JSON"
for i in $(seq 1 "$calls"); do
  grep -F "request-id=$request_id-$i\"" <<<"$ours" | jq -e --arg id "$request_id-$i" \
    'select(.loggerName == "io.quarkus.http.access-log" and .mdc.requestId == $id)' >/dev/null \
    || fail "no JSON access-log line with mdc.requestId $request_id-$i"
done
grep -F "request-id=$request_id-2\"" <<<"$ours" | jq -e '.message | test("^GET /api/v1/peers 200 [0-9]+ ms ")' >/dev/null \
  || fail "the access log line of a search should name the path without its query: $(grep -F "$request_id-2\"" <<<"$ours")"
echo "log hygiene: $calls requests with a token, names, e-mails, comments and a search; the log holds none of them," \
  "and each request's JSON access-log line carries its id"

// Scenario b, single writes: the backend killed with SIGKILL in the middle of a burst of creates. After a restart
// every create that got a 201 is there, whole (the event and its audit entry), and nothing is half-written.
// (The import half of scenario b is infra/tests/import-interruption.mjs, which `make test` runs too.)
//
// Environment: APP_PORT, OIDC_URL, JAVA, APP_JAR, LOG_DIR, DB_URL / DB_USER / DB_PASSWORD, PG_PORT.
import { randomUUID } from 'node:crypto';

import { Backend, check, env, passwordToken, round, sql, timed } from './lib.mjs';

const WORKERS = 8;
const KILL_AFTER = 150; // acknowledged creates before the kill
const MAX_REQUESTS = 2000;

const failures = [];
const prefix = `fault-kill-${randomUUID().slice(0, 8)}`;
const backend = new Backend('kill-backend', env.APP_PORT);
await backend.start();
const token = await passwordToken(env.OIDC_URL);
const results = [];
let seq = 0;
let killed = false;
let killedAt;

async function worker() {
  while (results.length < MAX_REQUESTS) {
    const title = `${prefix}-${++seq}`;
    const write = await timed(`${backend.base}/api/v1/events`, { method: 'POST', token, body: {
      programme: 'springboard', title, type: 'webinar', format: 'online', startDate: '2025-07-01' } });
    results.push({ title, ...write, id: write.status === 201 ? write.json?.id : undefined });
    if (write.status === 0) return; // the backend is gone
    if (write.status !== 201) { // nothing to learn from a burst the backend refuses
      console.log(`  a create answered ${write.status}: ${JSON.stringify(write.json)}`);
      return;
    }
    if (!killed && results.filter((r) => r.status === 201).length >= KILL_AFTER) {
      killed = true;
      killedAt = Date.now();
      await backend.kill('SIGKILL');
    }
  }
}
await Promise.all([...Array(WORKERS)].map(worker));
const acknowledged = results.filter((r) => r.status === 201);
const lost = results.filter((r) => r.status === 0);
console.log(`  killed the backend (SIGKILL) after ${acknowledged.length} acknowledged creates; ${lost.length} `
  + 'requests were cut off in flight');

const restartMs = await backend.start();
const stored = new Map((await sql(`select e.id, e.title, (select count(*) from audit_entry a where a.entity_type = 'event'
  and a.entity_id = e.id::text and a.action = 'created') from event e where e.title like '${prefix}-%'`))
  .map(([id, title, audits]) => [title, { id: Number(id), audits: Number(audits) }]));
const missing = acknowledged.filter((r) => stored.get(r.title)?.id !== r.id);
check(killed, 'the backend was killed mid-burst', failures);
check(results.every((r) => r.status === 201 || r.status === 0), `every answer before the kill was 201 `
  + `(${results.filter((r) => r.status !== 201 && r.status !== 0).length} others)`, failures);
check(missing.length === 0, `every one of the ${acknowledged.length} acknowledged creates is in the database `
  + `(${missing.length} missing)`, failures);
check([...stored.values()].every((row) => row.audits === 1), `nothing half-written: each of the ${stored.size} stored `
  + 'events has exactly its one audit entry', failures);
const inFlightStored = lost.filter((r) => stored.has(r.title)).length;
const apiSeen = await timed(`${backend.base}/api/v1/events?size=1&q=${prefix}`, { token });
check(apiSeen.status === 200 && apiSeen.json?.items !== undefined, 'the restarted backend serves the records', failures);
await backend.kill('SIGTERM');

console.log(`SUMMARY backend-kill (single writes): requests ${results.length}, 2xx ${acknowledged.length}, cut off `
  + `${lost.length} (of which committed before the kill: ${inFlightStored}), rows checked ${stored.size}, restart to `
  + `ready ${round(restartMs)} ms`);
console.log(`${failures.length === 0 ? 1 : 0} passed, ${failures.length === 0 ? 0 : 1} failed`);
process.exit(failures.length === 0 ? 0 : 1);

// An import job interrupted by killing the backend (SIGKILL) is reported failed after the restart, nothing of it
// written; pushing the same body again with the same Idempotency-Key completes it exactly once.
//
//   node infra/tests/import-interruption.mjs   (run by infra/test.sh against the packaged backend)
//
// Environment: JAVA (the java binary), APP_JAR, APP_PORT, DB_URL / DB_USER / DB_PASSWORD, LOG_DIR, OIDC_URL.
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { openSync, writeFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';

const env = process.env;
const base = `http://localhost:${env.APP_PORT}`;
const oidc = env.OIDC_URL ?? 'http://localhost:8180/realms/sector-support';
const rows = 100_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let backend;
let starts = 0;
async function startBackend() {
  const log = openSync(`${env.LOG_DIR}/interruption-backend-${++starts}.log`, 'w');
  backend = spawn(env.JAVA, ['-Xmx512m', `-Dquarkus.http.port=${env.APP_PORT}`, '-jar', env.APP_JAR], {
    env: { ...env, DEMO_DATA: 'false' },
    stdio: ['ignore', log, log],
  });
  // So that infra/test.sh stops it, by PID, should this script die first.
  writeFileSync(`${env.LOG_DIR}/interruption-backend.pid`, String(backend.pid));
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`${base}/q/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (backend.exitCode !== null) throw new Error(`backend exited with ${backend.exitCode}`);
    await sleep(500);
  }
  throw new Error('backend did not become ready in 90 s');
}

let cachedToken;
async function token() {
  if (cachedToken) return cachedToken;
  const response = await fetch(`${oidc}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=solace-partner&client_secret=solace-demo-secret',
  });
  assert.equal(response.status, 200, 'token');
  cachedToken = (await response.json()).access_token;
  return cachedToken;
}

async function call(method, path, { body, type, headers } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token()}`, ...(type ? { 'content-type': type } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text.startsWith('{') ? JSON.parse(text) : text };
}

const pseudonym = (email) => createHmac('sha256', 'example-key-issued-by-the-lga').update(email).digest('hex');

try {
  await startBackend();
  const m = `kill${randomUUID().slice(0, 8)}`;
  const event = await call('POST', '/api/v1/imports/events', {
    type: 'application/x-ndjson',
    body: JSON.stringify({ externalId: `${m}-ev`, programme: 'springboard', title: `${m} day`,
      type: 'conference', format: 'online', startDate: '2025-05-20' }),
  });
  assert.equal(event.json.created, 1, JSON.stringify(event.json));
  let body = '';
  for (let i = 0; i < rows; i++) {
    body += JSON.stringify({ externalId: `${m}-${i}`, eventExternalId: `${m}-ev`, attendeeRole: 'officer',
      attended: true, council: 'E06000047', attendeeKey: pseudonym(`${m}-${i}@example.org`) }) + '\n';
  }
  const key = `${m}-key`;
  const push = () => call('POST', '/api/v1/imports/attendances', {
    type: 'application/x-ndjson', body, headers: { 'Idempotency-Key': key, 'X-Control-Count': String(rows) } });

  const accepted = await push();
  assert.equal(accepted.status, 202, JSON.stringify(accepted.json).slice(0, 500));
  const location = accepted.headers.get('location');
  const id = accepted.json.id;
  let seen;
  for (let i = 0; i < 600; i++) {
    seen = (await call('GET', `/api/v1/imports/${id}`)).json;
    if (seen.status !== 'running' || seen.processed > 0) break;
    await sleep(20);
  }
  assert.equal(seen.status, 'running', `the job should still be running when killed: ${JSON.stringify(seen)}`);
  backend.kill('SIGKILL');
  await new Promise((resolve) => backend.once('exit', resolve));
  console.log(`killed the backend with job ${id} running, ${seen.processed} of ${seen.received} rows processed`);

  await startBackend();
  let after;
  for (let i = 0; i < 60; i++) {
    after = (await call('GET', `/api/v1/imports/${id}`)).json;
    if (after.status !== 'running') break;
    await sleep(500);
  }
  assert.equal(after.status, 'failed', JSON.stringify(after));
  assert.match(after.failureReason, /nothing of it was written/);
  const attendances = await call('GET', `/api/v1/events?q=${m}`);
  const eventId = attendances.json.items[0].id;
  const written = await call('GET', `/api/v1/events/${eventId}/attendances?size=1`);
  assert.equal(written.headers.get('x-total-count'), '0', 'nothing of the interrupted job is written');
  console.log(`after the restart job ${id} is ${after.status}: "${after.failureReason}"`);

  const again = await push();
  assert.equal(again.status, 202, JSON.stringify(again.json).slice(0, 300));
  assert.notEqual(again.json.id, id);
  let done;
  for (let i = 0; i < 600; i++) {
    done = (await call('GET', again.headers.get('location').replace(/^https?:\/\/[^/]+/, ''))).json;
    if (done.status !== 'running') break;
    await sleep(250);
  }
  assert.equal(done.status, 'completed', JSON.stringify({ ...done, errors: done.errors?.slice(0, 3) }));
  assert.equal(done.created, rows);
  assert.equal(done.controlTotal, 'reconciled');
  const replay = await push();
  assert.equal(replay.status, 200);
  assert.equal(replay.json.id, done.id, 'the same key and body again is the completed import');
  const total = await call('GET', `/api/v1/events/${eventId}/attendances?size=1`);
  assert.equal(total.headers.get('x-total-count'), String(rows), 'every row exactly once');
  console.log(`re-pushed: import ${done.id} completed with ${done.created} rows created; replay returns it; `
    + `the event has ${total.headers.get('x-total-count')} attendances`);
  console.log('1 passed, 0 failed');
} finally {
  if (backend && backend.exitCode === null) backend.kill('SIGTERM');
}

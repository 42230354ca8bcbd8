// Two replicas of the backend against one PostgreSQL: the same push with the same Idempotency-Key sent to both at
// the same moment, round after round with fresh keys, is one import job and one set of rows, and both answers name
// that job (docs/partner-integration.md, "Retry safely": the same key with the same body returns the first push's
// summary and writes nothing again).
//
//   node infra/tests/two-replicas.mjs   (run by infra/test.sh against the packaged backend)
//
// Environment: JAVA (the java binary), APP_JAR, REPLICA_PORTS (two ports, comma-separated; default 8191,8192),
// DB_URL / DB_USER / DB_PASSWORD, LOG_DIR, OIDC_URL, ROUNDS (default 20), PG_LOG (optional: the PostgreSQL log, to
// count the rounds in which both replicas really raced to create the job).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';

const env = process.env;
const ports = (env.REPLICA_PORTS ?? '8191,8192').split(',').map((port) => port.trim());
assert.equal(ports.length, 2, 'REPLICA_PORTS names two ports');
const oidc = env.OIDC_URL ?? 'http://localhost:8180/realms/sector-support';
const rounds = Number(env.ROUNDS ?? 20);
const eventsPerPush = 3;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const replicas = [];
function startReplica(port, n) {
  const log = openSync(`${env.LOG_DIR}/replica-${n}.log`, 'w');
  const child = spawn(env.JAVA, ['-Xmx256m', `-Dquarkus.http.port=${port}`, '-jar', env.APP_JAR], {
    env: { ...env, DEMO_DATA: 'false' },
    stdio: ['ignore', log, log],
  });
  // So that infra/test.sh stops it, by PID, should this script die first.
  writeFileSync(`${env.LOG_DIR}/replica-${n}.pid`, String(child.pid));
  replicas.push(child);
  return child;
}

async function ready(port, child) {
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/q/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`the replica on :${port} exited with ${child.exitCode}`);
    await sleep(500);
  }
  throw new Error(`the replica on :${port} did not become ready in 180 s`);
}

// ADASS, whose pushes-a-minute the earlier tests (Solace's) have not used.
async function token() {
  const response = await fetch(`${oidc}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=adass-partner&client_secret=adass-demo-secret',
  });
  assert.equal(response.status, 200, 'token');
  return (await response.json()).access_token;
}

let bearer;
async function call(port, method, path, { body, type, headers } = {}) {
  const response = await fetch(`http://localhost:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(type ? { 'content-type': type } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text.startsWith('{') || text.startsWith('[')
    ? JSON.parse(text) : text };
}

const importsTotal = async () => Number((await call(ports[0], 'GET', '/api/v1/imports?size=1')).headers
  .get('x-total-count'));
const duplicateKeyErrors = () => (env.PG_LOG && existsSync(env.PG_LOG)
  ? (readFileSync(env.PG_LOG, 'utf8').match(/import_job_client_id_idempotency_key_key/g) ?? []).length : 0);

try {
  const began = Date.now();
  // Both start at once, as replicas of one deployment do (both run Flyway; PostgreSQL's lock makes one wait).
  const children = ports.map((port, i) => startReplica(port, i + 1));
  await Promise.all(ports.map((port, i) => ready(port, children[i])));
  console.log(`two replicas ready on :${ports.join(' and :')} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  bearer = await token();

  const m = `twin${randomUUID().slice(0, 8)}`;
  const jobsBefore = await importsTotal();
  const racesBefore = duplicateKeyErrors();
  const ids = [];
  for (let round = 1; round <= rounds; round++) {
    let body = '';
    for (let i = 0; i < eventsPerPush; i++) {
      body += JSON.stringify({ externalId: `${m}-${round}-${i}`, programme: 'partners-in-care-and-health',
        title: `${m} round ${round} event ${i}`, type: 'conference', format: 'online', startDate: '2025-05-20' })
        + '\n';
    }
    const push = (port) => call(port, 'POST', '/api/v1/imports/events',
      { type: 'application/x-ndjson', body, headers: { 'Idempotency-Key': `${m}-key-${round}` } });
    // Both requests leave before either is answered: neither replica can see the other's job yet.
    const answers = await Promise.all(ports.map(push));
    const statuses = answers.map((answer) => answer.status);
    assert.ok(answers.every((answer) => answer.status === 200),
      `round ${round}: both answers 200, got ${statuses} ${JSON.stringify(answers.map((a) => a.json)).slice(0, 600)}`);
    const [a, b] = answers.map((answer) => answer.json);
    assert.equal(a.id, b.id, `round ${round}: both replicas answer with the same import`);
    assert.equal(a.status, 'completed', JSON.stringify(a));
    assert.deepEqual(b, a, `round ${round}: the same summary from both`);
    assert.equal(a.created, eventsPerPush, `round ${round}: the rows were created once`);
    ids.push(a.id);
  }
  assert.equal(new Set(ids).size, rounds, 'a new job for each new key');
  assert.equal(await importsTotal(), jobsBefore + rounds, 'one job a round, none for the second push');
  const events = await call(ports[1], 'GET', `/api/v1/events?q=${m}&size=1`);
  assert.equal(events.status, 200);
  assert.equal(events.headers.get('x-total-count'), String(rounds * eventsPerPush), 'one set of rows');

  const races = duplicateKeyErrors() - racesBefore;
  console.log(`${rounds} rounds of the same push and key to both replicas at once: ${rounds} jobs, `
    + `${rounds * eventsPerPush} events, each pair of answers naming one job`
    + (env.PG_LOG && existsSync(env.PG_LOG) ? `; in ${races} rounds both replicas raced to create the job and the unique key settled it` : ''));
  console.log(`1 passed, 0 failed (${((Date.now() - began) / 1000).toFixed(1)} s)`);
} finally {
  for (const child of replicas) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  await Promise.all(replicas.map((child) => (child.exitCode === null
    ? new Promise((resolve) => child.once('exit', resolve)) : null)));
  ports.forEach((_, i) => rmSync(`${env.LOG_DIR}/replica-${i + 1}.pid`, { force: true }));
}

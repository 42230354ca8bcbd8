// Shared by the `make fault-test` scenarios: tokens, timed HTTP calls, SQL through psql, a backend by PID.
// Everything here talks to 127.0.0.1 only.
import { execFile, spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

export const env = process.env;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const run = promisify(execFile);

/**
 * An access token by the password grant of the demo CLI client (local demo users only). While Keycloak refuses
 * connections it is asked again for up to `retryForMs` (the shared one on :8180 may be restarting).
 */
export async function passwordToken(oidc, user = 'admin', { retryForMs = 90_000 } = {}) {
  const giveUpAt = Date.now() + retryForMs;
  for (;;) {
    try {
      const response = await fetch(`${oidc}/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=password&client_id=sector-support-cli&username=${user}&password=${user}-demo`,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status !== 200) throw new Error(`token for ${user}: ${response.status} ${await response.text()}`);
      return (await response.json()).access_token;
    } catch (error) {
      if (error.cause?.code !== 'ECONNREFUSED' || Date.now() > giveUpAt) throw error;
      await sleep(2000);
    }
  }
}

/** One HTTP call, never throwing: status 0 is a connection failure. Latency in ms. */
export async function timed(url, { method = 'GET', token, body, timeoutMs = 30_000 } = {}) {
  const began = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: response.status, type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'), authenticate: response.headers.get('www-authenticate'),
      json, ms: performance.now() - began, at: Date.now() };
  } catch (error) {
    return { status: 0, error: error.cause?.code ?? error.name, ms: performance.now() - began, at: Date.now() };
  }
}

/** Rows of a query as arrays of strings (psql, unaligned, tab-separated). */
export async function sql(query) {
  const { stdout } = await run('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1',
    '-h', '127.0.0.1', '-p', env.PG_PORT, '-U', 'postgres', '-d', 'sector_support', '-c', query],
  { maxBuffer: 64 << 20 });
  return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/** Runs infra/postgres.sh with this run's port and directories. */
export async function postgres(command) {
  await run('infra/postgres.sh', [command], { env });
}

/** The packaged backend on `port`, as a child with its PID in `${LOG_DIR}/<name>.pid` for the shell to stop. */
export class Backend {
  constructor(name, port, extraEnv = {}) {
    Object.assign(this, { name, port, extraEnv, starts: 0 });
    this.base = `http://localhost:${port}`;
  }

  async start(timeoutMs = 120_000) {
    const log = openSync(`${env.LOG_DIR}/${this.name}-${++this.starts}.log`, 'w');
    const began = performance.now();
    this.process = spawn(env.JAVA, ['-Xmx512m', `-Dquarkus.http.port=${this.port}`, '-jar', env.APP_JAR], {
      env: { ...env, DEMO_DATA: 'false', ...this.extraEnv }, stdio: ['ignore', log, log] });
    writeFileSync(`${env.LOG_DIR}/${this.name}.pid`, String(this.process.pid));
    // Should this script fail or stop, its backend goes with it (the shell also stops it by the PID file).
    const child = this.process;
    process.once('exit', () => { if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL'); });
    while (performance.now() - began < timeoutMs) {
      if ((await timed(`${this.base}/q/health/ready`, { timeoutMs: 5000 })).status === 200) {
        return performance.now() - began;
      }
      if (this.process.exitCode !== null) throw new Error(`${this.name} exited with ${this.process.exitCode}`);
      await sleep(250);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms`);
  }

  async kill(signal = 'SIGTERM') {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill(signal);
    await exited;
  }
}

/** Fails the scenario with a message; the caller counts it. */
export function check(condition, message, failures) {
  if (!condition) failures.push(message);
  console.log(`  ${condition ? 'ok  ' : 'FAIL'} ${message}`);
}

export const max = (values) => values.reduce((a, b) => Math.max(a, b), 0);
export const round = (ms) => Math.round(ms);

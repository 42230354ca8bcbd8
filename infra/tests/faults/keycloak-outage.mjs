// Scenario c: Keycloak stopped. Access tokens already issued keep working until they expire (the backend verifies
// them with the signing keys it fetched while Keycloak was up); new logins fail, and the web app says so in words.
// A backend started while Keycloak is down still starts, and accepts tokens once Keycloak is back, unrestarted.
//
// This scenario's Keycloak is its own (infra/keycloak.sh with KEYCLOAK_HOME_DIR/KEYCLOAK_PORT given by
// infra/fault-test.sh, access tokens living ACCESS_TOKEN_SECONDS), never the shared one on :8180.
// Environment: KEYCLOAK_PORT, KEYCLOAK_HOME_DIR, KEYCLOAK_REALM_FILE, KEYCLOAK_MANAGEMENT_PORT, SECOND_APP_PORT,
// SPA_URL (the web app built with its OIDC authority on that Keycloak), JAVA, APP_JAR, LOG_DIR, DB_URL.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

import { Backend, check, env, max, passwordToken, round, sleep, timed } from './lib.mjs';

const { chromium } = createRequire(new URL('../../../frontend/package.json', import.meta.url))('playwright-core');
const run = promisify(execFile);
const oidc = `http://localhost:${env.KEYCLOAK_PORT}/realms/sector-support`;
const failures = [];
const keycloak = (command) => run('infra/keycloak.sh', [command], { env });
const expiry = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000;
const backend = new Backend('kc-backend', env.SECOND_APP_PORT, { OIDC_URL: oidc });
const api = (token) => timed(`${backend.base}/api/v1/events?size=1`, { token });

/** What a person sees on a page that needs sign-in: the login page's address, or the app's own message. */
async function signInPage() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${env.SPA_URL}/councils`);
    await Promise.race([
      page.waitForURL((url) => url.port === env.KEYCLOAK_PORT, { timeout: 20_000 }),
      page.getByRole('heading', { level: 1 }).filter({ hasNotText: /^$/ }).first()
        .waitFor({ timeout: 20_000 }),
    ]).catch(() => undefined);
    await sleep(500);
    const shot = `${env.LOG_DIR}/sign-in-${new URL(page.url()).port === env.KEYCLOAK_PORT ? 'up' : 'down'}.png`;
    await page.screenshot({ path: shot, fullPage: true });
    return { url: page.url(), heading: await page.locator('h1').first().textContent({ timeout: 2000 }).catch(() => ''),
      text: await page.locator('main').first().innerText({ timeout: 2000 }).catch(() => ''), shot };
  } finally {
    await browser.close();
  }
}

await keycloak('start');
await backend.start();
const issued = await passwordToken(oidc);
const expiresAt = expiry(issued);
check((await api(issued)).status === 200, `a token issued by Keycloak on :${env.KEYCLOAK_PORT} is accepted `
  + `(it lives ${round((expiresAt - Date.now()) / 1000)} s)`, failures);
const up = await signInPage();
check(new URL(up.url).port === env.KEYCLOAK_PORT, `with Keycloak up the web app sends the browser to its login `
  + `page (${new URL(up.url).pathname})`, failures);

await keycloak('stop');
const stoppedAt = Date.now();
const login = await passwordToken(oidc, 'admin', { retryForMs: 0 }).then(() => 'a token', (error) => error.cause?.code ?? error.message);
check(login !== 'a token', `Keycloak stopped: a new login fails (${login})`, failures);
const down = await signInPage();
check(new URL(down.url).port === env.SPA_PORT, 'the web app stays on its own page, not a browser error page',
  failures);
check(/sign-in is unavailable/i.test(down.heading), `it shows a heading: "${down.heading}"`, failures);
check(/try again/i.test(down.text) && !/failed to fetch|typeerror|networkerror/i.test(down.text),
  'and says what to do, in words, without a raw error', failures);

const whileDown = [];
while (Date.now() < expiresAt - 2000 && whileDown.length < 100) {
  whileDown.push(await api(issued));
  await sleep(2000);
}
check(whileDown.length > 0 && whileDown.every((r) => r.status === 200), `the token issued before the outage `
  + `keeps working: ${whileDown.filter((r) => r.status === 200).length} of ${whileDown.length} calls over `
  + `${round((Date.now() - stoppedAt) / 1000)} s answered 200 (max ${round(max(whileDown.map((r) => r.ms)))} ms)`,
failures);
await sleep(Math.max(0, expiresAt + 3000 - Date.now()));
const expired = await api(issued);
check(expired.status === 401 && expired.authenticate?.startsWith('Bearer'), `once expired it is refused: `
  + `${expired.status} with WWW-Authenticate "${expired.authenticate}"`, failures);

await backend.kill('SIGTERM');
const startWhileDownMs = await backend.start().catch((error) => error);
check(typeof startWhileDownMs === 'number', `a backend started while Keycloak is down becomes ready `
  + `(${typeof startWhileDownMs === 'number' ? `${round(startWhileDownMs)} ms` : startWhileDownMs.message})`, failures);
const noKeys = await api(issued);
check(noKeys.status === 503 && noKeys.type.startsWith('application/problem+json') && Number(noKeys.retryAfter) > 0,
  `meanwhile, having no keys to check tokens with, it answers ${noKeys.status} problem+json with Retry-After in `
  + `${round(noKeys.ms)} ms`, failures);

await keycloak('start');
const backAt = Date.now();
const fresh = await passwordToken(oidc);
const afterOutage = await api(fresh);
check(afterOutage.status === 200, `Keycloak back: the same backend process accepts a new token `
  + `(${afterOutage.status}, ${Date.now() - backAt} ms after Keycloak answered)`, failures);
await keycloak('stop');
await backend.kill('SIGTERM');

console.log(`SUMMARY keycloak-outage: calls with a token issued before the outage ${whileDown.length}, 2xx `
  + `${whileDown.filter((r) => r.status === 200).length}, after expiry ${expired.status}; new login: ${login}; `
  + `backend start with Keycloak down ${typeof startWhileDownMs === 'number' ? round(startWhileDownMs) : '-'} ms; `
  + `web app heading "${down.heading}" (screenshot ${down.shot})`);
console.log(`${failures.length === 0 ? 1 : 0} passed, ${failures.length === 0 ? 0 : 1} failed`);
process.exit(failures.length === 0 ? 0 : 1);

import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Session = { browser: Browser; context: BrowserContext; page: Page };

/** Debian's Chromium, headless, with nothing that talks to other hosts. */
export async function openBrowser(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(60_000);
  return { browser, context, page };
}

/** Runs axe-core for WCAG 2.2 A/AA and fails with a readable list of every violation. */
export async function expectNoAccessibilityViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
  throw new Error(
    `${results.violations.length} accessibility violation(s) on ${where} (${page.url()}):\n${report}`,
  );
}

/** On Keycloak's login page (not ours: no axe there), sign in. */
export async function signInOnKeycloak(page: Page, username: string, password: string) {
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/`));
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('#kc-login, button[type="submit"], input[type="submit"]').first().click();
}

/** Chooses a council in a CouncilPicker: types part of its name, then picks it from the suggestions. */
export async function chooseCouncil(page: Page, label: string, council: { gssCode: string; name: string }) {
  await page.getByLabel(label, { exact: true }).fill(council.name);
  await page.getByRole('option', { name: new RegExp(`^${council.name} \\(${council.gssCode}`) }).click();
}

export type ApiAnswer = { status: number; etag: string | null; body: unknown };

/**
 * Calls the API from the page with the signed-in user's token (kept by the OIDC client in session storage): for
 * setting up what a test needs but does not test through the pages.
 */
export async function callApi(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { body?: unknown; ifMatch?: string } = {},
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : '';
      const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (ifMatch) headers['If-Match'] = ifMatch;
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, etag: response.headers.get('ETag'), body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    { method, path, body: options.body, ifMatch: options.ifMatch },
  );
}

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BASE_URL, callApi, openBrowser, signInOnKeycloak, type Session } from './support/browser';

// Markup in a record's title or name must show as text, and would not run even if it were markup: the backend's
// Content-Security-Policy allows no inline script. Each run records its own event and peer, so it may run again.
const STAMP = Date.now().toString(36);
const INJECTED = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1">`;
const EVENT_TITLE = `XSS ${STAMP} ${INJECTED}`;
const PEER_NAME = `Cllr XSS ${STAMP} ${INJECTED}`;

declare global {
  interface Window {
    __xss?: unknown;
    __reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Collects the Content-Security-Policy violations our pages report (Keycloak's are not ours), across navigations:
 * an exposed function outlives each page, and init scripts are not subject to the page's CSP, so the listener is in
 * place before the app's own scripts run. Chromium also logs each violation as a console error.
 */
async function watchForCspViolations(page: Page) {
  const reported: string[] = [];
  await page.exposeFunction('__reportCspViolation', (violation: string) => {
    if (violation.startsWith(BASE_URL)) reported.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(
        `${event.documentURI}: ${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()) && page.url().startsWith(BASE_URL)) {
      reported.push(`${page.url()}: ${message.text()}`);
    }
  });
  return reported;
}

async function openAndSettle(page: Page, path: string) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

async function expectInjectedTextShownLiterally(page: Page, text: string) {
  await page.getByText(text, { exact: true }).first().waitFor();
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  await expect(page.locator('#root script').count()).resolves.toBe(0);
  await expect(page.evaluate(() => window.__xss)).resolves.toBeUndefined();
}

describe('Hostile text and the Content-Security-Policy in a browser', () => {
  let session: Session;
  let page: Page;
  let cspViolations: string[];
  let eventId: number;
  let peerId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
    cspViolations = await watchForCspViolations(page);
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('serves the web app with a CSP that allows no inline script', async () => {
    const response = await page.goto(`${BASE_URL}/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    await signInOnKeycloak(page, 'admin', 'admin-demo');
    await page.waitForURL(`${BASE_URL}/councils`);
  });

  it('records an event and a peer whose title and name carry markup, through the API', async () => {
    const event = await callApi(page, 'POST', '/api/v1/events', {
      body: { programme: 'springboard', title: EVENT_TITLE, type: 'webinar', format: 'online', startDate: '2025-01-22' },
    });
    expect(event.status).toBe(201);
    eventId = (event.body as { id: number }).id;
    const peer = await callApi(page, 'POST', '/api/v1/peers', {
      body: { kind: 'member', name: PEER_NAME, politicalGroup: 'independent', homeCouncil: 'E06000047' },
    });
    expect(peer.status).toBe(201);
    peerId = (peer.body as { id: number }).id;
  });

  it('shows the event title as text on its page, in the list and in its history, and runs none of it', async () => {
    await openAndSettle(page, `/events/${eventId}`);
    await page.getByRole('heading', { level: 1, name: EVENT_TITLE, exact: true }).waitFor();
    await expectInjectedTextShownLiterally(page, EVENT_TITLE);

    await openAndSettle(page, `/events?q=${STAMP}`);
    await expectInjectedTextShownLiterally(page, EVENT_TITLE);

    await openAndSettle(page, `/events/${eventId}/history`);
    await expect(page.evaluate(() => window.__xss)).resolves.toBeUndefined();
  });

  it('shows the peer name as text on its page and in the list, and runs none of it', async () => {
    await openAndSettle(page, `/peers/${peerId}`);
    await page.getByRole('heading', { level: 1, name: PEER_NAME, exact: true }).waitFor();
    await expectInjectedTextShownLiterally(page, PEER_NAME);

    await openAndSettle(page, `/peers?q=${STAMP}`);
    await expectInjectedTextShownLiterally(page, PEER_NAME);
    // Had the markup been let in, the policy would have refused to run it, and said so.
    expect(cspViolations).toEqual([]);
  });

  it('reports no CSP violation on the app pages, charts and maps included', async () => {
    for (const path of [
      '/councils',
      '/councils/E06000047',
      '/peer-challenges',
      '/peers',
      '/events',
      '/programmes',
      '/cohorts',
      '/support-engagements',
      '/survey-responses',
      '/coverage',
      '/coverage/map',
      '/imports',
      '/extracts',
      '/reports',
      '/metrics',
      '/organisations',
      '/partner-clients',
      '/about',
    ]) {
      await openAndSettle(page, path);
    }
    expect(cspViolations).toEqual([]);
  });
});

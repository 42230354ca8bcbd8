import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BASE_URL,
  callApi,
  expectNoAccessibilityViolations,
  openBrowser,
  signInOnKeycloak,
  type Session,
} from './support/browser';

// The annual report of last financial year, computed from the demo data. The test adds one Corporate Peer Challenge
// for Cotswold after freezing the report (and deletes it again), and changes a metric's label and back, with a stamp,
// so it may run again on the same database.
const STAMP = Date.now().toString(36);
const ENGAGED = 'councils-engaged-in-cpc-fpc-gpc';
const ENGAGED_LABEL = 'Councils engaged in a CPC, FPC or GPC';
const DELIVERED_LABEL = 'Peer challenges delivered, of every type';
const NEW_LABEL = `Councils engaged in a corporate, finance or governance peer challenge (E2E ${STAMP})`;
const COTSWOLD = 'E07000079';

/** The financial year before today's, as the app writes it: "2025-26". */
function lastFinancialYear(now = new Date()) {
  const start = (now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const YEAR = lastFinancialYear();
const FIRST_TREND_YEAR = `${Math.max(Number(YEAR.slice(0, 4)) - 4, 2021)}`;

/** Until the dashboard has loaded the report its URL asks for. */
async function waitForReport(page: Page) {
  const search = new URL(page.url()).search || '?';
  await page.locator(`[data-loaded-report="${search}"]`).waitFor({ state: 'attached', timeout: 90_000 });
}

/** A figure card's value as shown: "57 councils" → 57. */
async function cardValue(page: Page, metricKey: string) {
  const text = (await page.getByTestId(`figure-${metricKey}`).getByTestId('figure-value').textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

describe('The annual report in a browser', () => {
  let staff: Session;
  let admin: Session;
  let page: Page;
  let engaged = 0;
  let challengeId: number | undefined;

  beforeAll(async () => {
    staff = await openBrowser();
    admin = await openBrowser();
    page = staff.page;
  });

  afterAll(async () => {
    // Leave the data as it was, whatever happened above.
    if (challengeId !== undefined) {
      const read = await callApi(page, 'GET', `/api/v1/peer-challenges/${challengeId}`);
      if (read.status === 200) await callApi(page, 'DELETE', `/api/v1/peer-challenges/${challengeId}`, { ifMatch: read.etag ?? '' });
    }
    if (admin?.page.url().startsWith(BASE_URL)) {
      const read = await callApi(admin.page, 'GET', `/api/v1/metrics/${ENGAGED}`);
      const metric = read.body as { label: string; section: string; position: number; kind: string; unit: string; definition: unknown; sentence: string };
      if (read.status === 200 && metric.label !== ENGAGED_LABEL) {
        const { section, position, kind, unit, definition, sentence } = metric;
        await callApi(admin.page, 'PUT', `/api/v1/metrics/${ENGAGED}`, {
          body: { label: ENGAGED_LABEL, section, position, kind, unit, definition, sentence },
          ifMatch: read.etag ?? '',
        });
      }
    }
    await staff?.browser.close();
    await admin?.browser.close();
  });

  it('signs in as staff, opens the dashboard for a year and shows the figure cards by section', async () => {
    await page.goto(`${BASE_URL}/councils`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/councils`);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link', { name: 'Metrics' }).count()).resolves.toBe(0);
    await menu.getByRole('link', { name: 'Annual report' }).click();
    await page.waitForURL(`${BASE_URL}/reports`);
    await waitForReport(page);

    await page.getByLabel('Financial year').selectOption(YEAR);
    await page.getByRole('button', { name: 'Show the report' }).click();
    await page.waitForURL(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Sector support in ${YEAR}`);
    expect(await page.title()).toBe(`Annual report ${YEAR} – Sector Support`);

    for (const section of ['Peer challenge', 'Leadership', 'Workforce', 'Events', 'Support']) {
      await page.getByRole('heading', { level: 2, name: section, exact: true }).waitFor();
    }
    const card = page.getByTestId(`figure-${ENGAGED}`);
    await expect(card.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(ENGAGED_LABEL);
    await expect(card.getByTestId('figure-value').textContent()).resolves.toMatch(/^\d[\d,]* councils$/);
    engaged = await cardValue(page, ENGAGED);
    expect(engaged).toBeGreaterThan(0);
    await expect(card.locator('.govuk-tag').textContent()).resolves.toMatch(/^(No target|Target met|Target not met)$/);
    await expect(card.getByTestId('figure-previous').textContent()).resolves.toMatch(/^\d{4}-\d{2}: \d/);
    await expect(page.getByTestId('figure-peer-days').getByTestId('figure-value').textContent()).resolves.toMatch(/ days$/);
    await expect(page.getByTestId('figure-peer-challenge-councils-satisfied').getByTestId('figure-value').textContent()).resolves.toMatch(
      / per cent$/,
    );
    await page.getByRole('table', { name: `Targets for ${YEAR} and progress against them` }).waitFor();
    await expectNoAccessibilityViolations(page, 'the annual report dashboard');
  });

  it('shows a figure’s trend chart, and its data as a table', async () => {
    const trend = page.getByTestId(`trend-${ENGAGED}`);
    await trend.locator('svg.recharts-surface').waitFor({ timeout: 90_000 });
    await expect(trend.locator('figcaption').textContent()).resolves.toBe(`Trend, ${FIRST_TREND_YEAR}-${String((Number(FIRST_TREND_YEAR) + 1) % 100).padStart(2, '0')} to ${YEAR}`);
    await trend.getByText('Show the data as a table').click();
    const table = trend.getByRole('table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(rows.length).toBe(Number(YEAR.slice(0, 4)) - Number(FIRST_TREND_YEAR) + 1);
    expect(rows.at(-1)).toEqual([YEAR, String(engaged)]);
    await expectNoAccessibilityViolations(page, 'the dashboard with a trend table open');
  });

  it('breaks a figure down by region, with the data as a table', async () => {
    await page.getByTestId(`figure-${ENGAGED}`).getByRole('link', { name: /^Break down by region/ }).click();
    await page.waitForURL(`${BASE_URL}/reports?year=${YEAR}&breakdown=${ENGAGED}#breakdown`);
    const breakdown = page.getByTestId('region-breakdown');
    await breakdown.waitFor({ timeout: 120_000 });
    await breakdown.getByText('Show the data as a table').click();
    const rows = await breakdown.getByRole('table').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(9);
    const sum = rows.map((row) => Number(row.replace(/^\D+/, '').replace(/,/g, ''))).reduce((a, b) => a + b, 0);
    // Every council is in one region: the regions' councils add up to England's.
    expect(sum).toBe(engaged);
    await expectNoAccessibilityViolations(page, 'the dashboard with a breakdown by region');
  });

  it('drills down from a figure to the records behind it, as many as the figure says', async () => {
    await page.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(page);
    await page.getByRole('link', { name: new RegExp(`^Records behind this figure\\s*: ${ENGAGED_LABEL}$`) }).click();
    await page.waitForURL(`${BASE_URL}/reports/${YEAR}/figures/${ENGAGED}`);
    await page.getByRole('heading', { level: 1, name: ENGAGED_LABEL }).waitFor();
    const summary = page.getByTestId('results-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe(`${engaged.toLocaleString('en-GB')} councils are counted in this figure`);
    const table = page.getByRole('table', { name: new RegExp(`^Records behind “${ENGAGED_LABEL}”`) });
    await expect(table.locator('tbody tr').count()).resolves.toBe(Math.min(engaged, 25));
    const first = table.locator('tbody tr').first().getByRole('link');
    await expect(first.getAttribute('href')).resolves.toMatch(/^\/councils\/E\d{8}$/);
    await expectNoAccessibilityViolations(page, 'the records behind a figure');

    await first.click();
    await page.waitForURL(/\/councils\/E\d{8}$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('opens the printable report, laid out from the sentences, and prints it without the service’s frame', async () => {
    await page.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(page);
    const sentence = (await page.getByTestId(`figure-${ENGAGED}`).getByTestId('figure-value').textContent()) ?? '';
    await page.getByRole('link', { name: `Printable report for ${YEAR}` }).click();
    await page.waitForURL(`${BASE_URL}/reports/${YEAR}/print`);
    const report = page.getByTestId('printable-report');
    await report.waitFor({ timeout: 90_000 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Sector support annual report ${YEAR}`);
    const peer = report.getByRole('region', { name: 'Peer challenge' });
    await expect(peer.locator('li').first().textContent()).resolves.toBe(
      `${sentence.replace(' councils', '')} councils engaged in a corporate, finance or governance peer challenge`,
    );
    await report.getByRole('heading', { level: 2, name: 'Deliverables and targets' }).waitFor();
    await expect(report.getByTestId('councils-note').textContent()).resolves.toMatch(/^Councils as they were in the financial year\./);
    await page.getByRole('button', { name: 'Print this report' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the printable report');

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.govuk-header', '.govuk-service-navigation', '.govuk-footer', '.govuk-back-link', '.app-no-print'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
    await expect(peer.locator('li').first().evaluate((item) => getComputedStyle(item).color)).resolves.toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens the peer challenge report', async () => {
    await page.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(page);
    await page.getByRole('link', { name: `Peer challenge report for ${YEAR}` }).click();
    await page.waitForURL(`${BASE_URL}/reports/${YEAR}/peer-challenges`);
    await page.locator(`[data-loaded-report="${YEAR}"]`).waitFor({ state: 'attached', timeout: 90_000 });
    await page.getByRole('table', { name: `Peer challenges delivered in ${YEAR}, by type` }).waitFor();
    await page.getByRole('table', { name: 'Peers by sex' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the peer challenge report');
  });

  it('freezes the report and, after a new peer challenge, shows in its diff what moved and why', async () => {
    await page.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(page);
    await page.getByLabel('Note (optional)').fill(`E2E snapshot ${STAMP}`);
    await page.getByRole('button', { name: 'Freeze this report' }).click();
    const banner = page.getByRole('alert', { name: 'Success' });
    await banner.waitFor({ timeout: 90_000 });
    await expect(banner.textContent()).resolves.toMatch(/Report frozen: snapshot \d+/);
    await page.getByRole('table', { name: `Snapshots of ${YEAR}, newest first` }).getByText(`E2E snapshot ${STAMP}`).waitFor();
    await expectNoAccessibilityViolations(page, 'the dashboard after freezing the report');

    // A CPC for Cotswold in the year, after the snapshot: one more peer challenge delivered.
    const start = Number(YEAR.slice(0, 4));
    const created = await callApi(page, 'POST', '/api/v1/peer-challenges', {
      body: {
        type: 'cpc',
        council: COTSWOLD,
        status: 'scheduled',
        requestedDate: `${start}-06-02`,
        onSiteStartDate: `${start}-09-08`,
        onSiteEndDate: `${start}-09-11`,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    challengeId = (created.body as { id: number }).id;

    await banner.getByRole('link', { name: 'See what has moved since' }).click();
    await page.waitForURL(new RegExp(`/reports/${YEAR}/snapshots/\\d+$`));
    await page.getByRole('heading', { level: 1, name: /^Snapshot \d+: what has moved since$/ }).waitFor();
    const moved = page.getByRole('table', { name: 'Figures that moved since the snapshot' });
    await moved.waitFor({ timeout: 90_000 });
    const row = moved.locator('tbody tr').filter({ hasText: DELIVERED_LABEL });
    await expect(row.locator('td').nth(2).textContent()).resolves.toBe('+1');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('1 added, 0 removed, 0 changed');
    const records = page.getByRole('region', { name: DELIVERED_LABEL });
    await expect(records.getByRole('link', { name: `Peer challenge ${challengeId}` }).getAttribute('href')).resolves.toBe(
      `/peer-challenges/${challengeId}`,
    );
    await expect(page.getByText('Note', { exact: true }).locator('xpath=following-sibling::dd').textContent()).resolves.toBe(`E2E snapshot ${STAMP}`);
    await expectNoAccessibilityViolations(page, 'a snapshot’s diff');
  });

  it('as admin, changes a metric’s label and sees it in the report, then changes it back', async () => {
    const adminPage = admin.page;
    await adminPage.goto(`${BASE_URL}/councils`);
    await signInOnKeycloak(adminPage, 'admin', 'admin-demo');
    await adminPage.waitForURL(`${BASE_URL}/councils`);
    await adminPage.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Metrics' }).click();
    await adminPage.waitForURL(`${BASE_URL}/metrics`);
    await adminPage.getByRole('table', { name: 'Peer challenge' }).waitFor();
    await expectNoAccessibilityViolations(adminPage, 'the metrics');

    await adminPage.getByRole('link', { name: ENGAGED_LABEL, exact: true }).click();
    await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}`);
    await adminPage.getByRole('heading', { level: 1, name: ENGAGED_LABEL }).waitFor();
    await expectNoAccessibilityViolations(adminPage, 'a metric');

    const relabel = async (from: string, to: string) => {
      await adminPage.getByRole('link', { name: /^Change\s*label/ }).click();
      await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}/edit`);
      const label = adminPage.getByLabel('Label', { exact: true });
      await expect(label.inputValue()).resolves.toBe(from);
      await expect(adminPage.getByLabel('Records counted').inputValue()).resolves.toBe('peer-challenge');
      await label.fill(to);
      await adminPage.getByRole('button', { name: 'Save changes' }).click();
      await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}`);
      await expect(adminPage.getByRole('alert', { name: 'Success' }).textContent()).resolves.toContain(`Metric changed: ${to}`);
    };

    await adminPage.getByRole('link', { name: /^Change\s*label/ }).click();
    await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}/edit`);
    await adminPage.getByLabel('Label', { exact: true }).waitFor();
    await expectNoAccessibilityViolations(adminPage, 'the metric form');
    // A field error from the API, in the summary and on its field.
    await adminPage.getByLabel('Sentence').fill('Councils engaged in a peer challenge');
    await adminPage.getByRole('button', { name: 'Save changes' }).click();
    const summary = adminPage.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#sentence"]').textContent()).resolves.toBe('Sentence must contain {value}');
    await expectNoAccessibilityViolations(adminPage, 'the metric form with an error');
    await adminPage.getByRole('link', { name: 'Back to the metric' }).click();
    await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}`);

    await relabel(ENGAGED_LABEL, NEW_LABEL);
    await adminPage.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(adminPage);
    await expect(adminPage.getByTestId(`figure-${ENGAGED}`).getByRole('heading', { level: 3 }).textContent()).resolves.toBe(NEW_LABEL);

    await adminPage.goto(`${BASE_URL}/metrics/${ENGAGED}`);
    await adminPage.getByRole('heading', { level: 1, name: NEW_LABEL }).waitFor();
    await relabel(NEW_LABEL, ENGAGED_LABEL);

    await adminPage.getByRole('link', { name: 'See who changed what, and when' }).click();
    await adminPage.waitForURL(`${BASE_URL}/metrics/${ENGAGED}/history`);
    const history = adminPage.getByRole('table', { name: 'Changes, oldest first' });
    await history.waitFor();
    await expect(history.locator('tbody tr').last().textContent()).resolves.toContain(`label: ${NEW_LABEL} → ${ENGAGED_LABEL}`);
    await expectNoAccessibilityViolations(adminPage, 'a metric’s history');

    await adminPage.goto(`${BASE_URL}/reports?year=${YEAR}`);
    await waitForReport(adminPage);
    await expect(adminPage.getByTestId(`figure-${ENGAGED}`).getByRole('heading', { level: 3 }).textContent()).resolves.toBe(ENGAGED_LABEL);
  });
});

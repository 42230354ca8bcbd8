import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BASE_URL,
  chooseCouncil,
  expectNoAccessibilityViolations,
  openBrowser,
  signInOnKeycloak,
  type Session,
} from './support/browser';

// Rutland (a current unitary authority in the East Midlands): no other browser test records support for it.
// The test does not depend on what is already recorded there; it may run again on the same database.
const COUNCIL = { gssCode: 'E06000017', name: 'Rutland' };
const STAMP = Date.now().toString(36);
const ADVISER = `E2E Adviser ${STAMP}`;

/** An ISO date `days` from today (UTC, as the app and the API count days). */
function isoDate(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The financial year (April to March) of an ISO date, as the API writes it. */
function financialYear(iso: string) {
  const [year, month] = iso.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const START = isoDate(-60);
const END = isoDate(-10);

async function detail(page: Page, key: string) {
  const row = page.locator('.govuk-summary-list__row').filter({
    has: page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }),
  });
  return (await row.locator('.govuk-summary-list__value').textContent())?.trim();
}

describe('Support engagements in a browser', () => {
  let session: Session;
  let page: Page;
  let engagementId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists support engagements', async () => {
    await page.goto(`${BASE_URL}/support-engagements`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/support-engagements`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Support engagements');
    expect(await page.title()).toBe('Support engagements – Sector Support');
    await expectNoAccessibilityViolations(page, 'the support engagements list');
  });

  it('shows the error summary when the form breaks a rule', async () => {
    await page.getByRole('button', { name: 'Record a support engagement' }).click();
    await page.waitForURL(`${BASE_URL}/support-engagements/new`);
    await page.getByRole('heading', { level: 1, name: 'Record a support engagement' }).waitFor();
    await page.getByLabel('Programme').waitFor();
    await expectNoAccessibilityViolations(page, 'the new support engagement form');

    await chooseCouncil(page, 'Council', COUNCIL);
    await page.getByLabel('Programme').selectOption('mentoring');
    await page.getByLabel('Mentoring', { exact: true }).check();
    // The support ends before it starts.
    await page.getByLabel('Start date').fill(START);
    await page.getByLabel('End date').fill(isoDate(-70));
    await page.getByLabel('Days delivered').fill('2.5');
    await page.getByLabel('Lead adviser').fill(ADVISER);
    await page.getByRole('button', { name: 'Save support engagement' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#endDate"]').count()).resolves.toBe(1);
    await expect(
      page.locator('.govuk-form-group--error').filter({ has: page.locator('#endDate') }).count(),
    ).resolves.toBe(1);
    expect(await page.title()).toBe('Error: Record a support engagement – Sector Support');
    await expectNoAccessibilityViolations(page, 'the new support engagement form with errors');
  });

  it('records the engagement once the end date is put right', async () => {
    await page.getByLabel('End date').fill(END);
    await page.getByRole('button', { name: 'Save support engagement' }).click();

    await page.waitForURL(/\/support-engagements\/\d+$/);
    engagementId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: `Mentoring: ${COUNCIL.name}` }).waitFor();
    expect(await detail(page, 'Programme')).toBe('Member mentoring');
    expect(await detail(page, 'Days delivered')).toBe('2.5 days');
    expect(await detail(page, 'Lead adviser')).toBe(ADVISER);
    expect(await detail(page, 'Financial year started')).toBe(financialYear(START));
    await expectNoAccessibilityViolations(page, 'the support engagement page');
  });

  it('changes the days delivered', async () => {
    await page.locator(`a[href="/support-engagements/${engagementId}/edit"]`).first().click();
    await page.waitForURL(`${BASE_URL}/support-engagements/${engagementId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change support engagement' }).waitFor();
    await expect(page.getByLabel('Days delivered').inputValue()).resolves.toBe('2.5');
    await expectNoAccessibilityViolations(page, 'the change support engagement form');

    await page.getByLabel('Days delivered').fill('4');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${BASE_URL}/support-engagements/${engagementId}`);
    await page.getByRole('heading', { level: 1, name: `Mentoring: ${COUNCIL.name}` }).waitFor();
    await expect.poll(() => detail(page, 'Days delivered')).toBe('4 days');
  });

  it('lists the engagement, filtered by council and the year it started', async () => {
    const search = `?financialYear=${financialYear(START)}&council=${COUNCIL.gssCode}`;
    await page.goto(`${BASE_URL}/support-engagements${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    await expect(page.locator(`table a[href="/support-engagements/${engagementId}"]`).count()).resolves.toBe(1);
  });

  it("shows the engagement on the council's timeline, in its financial year", async () => {
    await page.locator('table').getByRole('link', { name: new RegExp(`support engagement ${engagementId}$`) }).click();
    await page.waitForURL(`${BASE_URL}/support-engagements/${engagementId}`);
    await page.getByRole('link', { name: COUNCIL.name, exact: true }).click();
    await page.waitForURL(`${BASE_URL}/councils/${COUNCIL.gssCode}`);

    const timeline = page.getByTestId('council-timeline');
    await timeline.locator('[data-loaded-year=""]').waitFor({ state: 'attached' });
    const year = financialYear(START);
    const group = timeline.getByTestId(`timeline-year-${year}`);
    const link = group.locator(`a[href="/support-engagements/${engagementId}"]`);
    await expect(link.count()).resolves.toBe(1);
    const row = group.locator('tr', { has: page.locator(`a[href="/support-engagements/${engagementId}"]`) });
    await expect(row.textContent()).resolves.toMatch(/Support engagement/);
    await expect(row.textContent()).resolves.toMatch(/4 days delivered/);
    await expect(row.textContent()).resolves.not.toMatch(new RegExp(ADVISER));
    await expectNoAccessibilityViolations(page, 'the council page with its timeline');

    // Another year: the engagement is not in it.
    await timeline.getByLabel('Financial year').selectOption('2019-20');
    await timeline.getByRole('button', { name: 'Show support' }).click();
    await page.waitForURL(`${BASE_URL}/councils/${COUNCIL.gssCode}?financialYear=2019-20#support-received`);
    await timeline.locator('[data-loaded-year="2019-20"]').waitFor({ state: 'attached' });
    await expect(timeline.locator(`a[href="/support-engagements/${engagementId}"]`).count()).resolves.toBe(0);

    // Its own year: it is.
    await timeline.getByLabel('Financial year').selectOption(year);
    await timeline.getByRole('button', { name: 'Show support' }).click();
    await timeline.locator(`[data-loaded-year="${year}"]`).waitFor({ state: 'attached' });
    await expect(timeline.locator(`a[href="/support-engagements/${engagementId}"]`).count()).resolves.toBe(1);
    await expectNoAccessibilityViolations(page, 'the council timeline filtered by year');
  });

  it('shows the engagement’s change history', async () => {
    await page.goto(`${BASE_URL}/support-engagements/${engagementId}`);
    await page.getByRole('heading', { level: 1, name: `Mentoring: ${COUNCIL.name}` }).waitFor();
    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}/support-engagements/${engagementId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Change history' }).waitFor();
    const table = page.getByRole('table', { name: 'Changes, oldest first' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain('Details changed');
    expect(text).toMatch(/daysDelivered: 2\.50? → 4/);
    await expectNoAccessibilityViolations(page, 'the support engagement history page');
  });

  it('deletes the engagement after asking, back to the list with a success banner', async () => {
    await page.getByRole('link', { name: 'Back to the support engagement' }).click();
    await page.waitForURL(`${BASE_URL}/support-engagements/${engagementId}`);
    await page.getByRole('button', { name: 'Delete support engagement' }).click();
    await page.getByTestId('confirm-delete').waitFor();
    await expectNoAccessibilityViolations(page, 'the delete support engagement confirmation');
    await page.getByRole('button', { name: 'Yes, delete the support engagement' }).click();

    await page.waitForURL(`${BASE_URL}/support-engagements`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Support engagement deleted: Mentoring: ${COUNCIL.name}`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expectNoAccessibilityViolations(page, 'the support engagements list with the success banner');

    await page.goto(`${BASE_URL}/support-engagements/${engagementId}`);
    await page.getByRole('heading', { level: 1, name: 'Support engagement not found' }).waitFor();
  });
});

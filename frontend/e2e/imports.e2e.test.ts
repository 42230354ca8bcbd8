import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BASE_URL, expectNoAccessibilityViolations, openBrowser, signInOnKeycloak, type Session } from './support/browser';

// External ids no other run has used, so the test may run again on the same database.
const STAMP = Date.now().toString(36);
const GOOD = `E2E-IMP-${STAMP}-1`;
const BAD = `E2E-IMP-${STAMP}-2`;
const START = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
// One good row and one without its start date, for Solace's Springboard programme.
const CSV = [
  'externalId,programme,title,type,format,startDate,region',
  `${GOOD},springboard,E2E imported webinar ${STAMP},webinar,online,${START},`,
  `${BAD},springboard,E2E imported course ${STAMP},training-course,in-person,,north-east`,
  '',
].join('\n');

/** The value next to a key in the import's counts. */
async function count(page: Page, key: string) {
  const row = page.getByTestId('import-counts').locator('.govuk-summary-list__row').filter({
    has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }),
  });
  return (await row.locator('dd').first().textContent())?.trim();
}

describe('Imports in a browser', () => {
  let session: Session;
  let page: Page;
  let importId: string;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists the imports', async () => {
    await page.goto(`${BASE_URL}/imports`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/imports`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Imports');
    expect(await page.title()).toBe('Imports – Sector Support');
    await expect(
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Imports' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expectNoAccessibilityViolations(page, 'the imports list');
  });

  it('names what is missing when the upload form is sent empty', async () => {
    await page.getByRole('button', { name: 'Upload a CSV file' }).click();
    await page.waitForURL(`${BASE_URL}/imports/new`);
    await page.getByRole('heading', { level: 1, name: 'Upload a CSV file' }).waitFor();
    await page.getByLabel('Organisation').locator('option', { hasText: 'Solace' }).waitFor({ state: 'attached' });
    await expectNoAccessibilityViolations(page, 'the upload form');

    await page.getByRole('button', { name: 'Upload' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#file"]').textContent()).resolves.toBe(
      'CSV file is required: choose the file to upload',
    );
    expect(await page.title()).toBe('Error: Upload a CSV file – Sector Support');
    await expectNoAccessibilityViolations(page, 'the upload form with errors');
  });

  it('uploads a CSV for Solace in partial mode and shows 1 created, 1 rejected and the rejected row', async () => {
    await page.getByLabel('Organisation').selectOption({ label: 'Solace' });
    await page.getByLabel('Dataset').selectOption('events');
    await page.getByLabel('Partial', { exact: true }).check();
    await page
      .getByLabel('CSV file', { exact: true })
      .setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Upload' }).click();

    await page.waitForURL(/\/imports\/\d+$/);
    importId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: `Import ${importId}` }).waitFor();
    expect(await page.title()).toBe(`Import ${importId} – Imports – Sector Support`);
    await expect(page.locator('.govuk-caption-l').textContent()).resolves.toBe('Events for Solace');
    expect(await count(page, 'Received')).toBe('2');
    expect(await count(page, 'Created')).toBe('1');
    expect(await count(page, 'Rejected')).toBe('1');
    await expect(page.getByTestId('import-status').getAttribute('data-status')).resolves.toBe('completed');

    const table = page.getByRole('table', { name: /^Problems with rejected rows/ });
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(1);
    const cells = await rows.nth(0).locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['3', BAD, 'startDate']);
    await expectNoAccessibilityViolations(page, 'the import page');

    await page.locator('.govuk-details__summary', { hasText: 'Receipt' }).click();
    await expect(page.getByTestId('receipt').textContent()).resolves.toMatch(/[0-9a-f]{64}/);
    await expectNoAccessibilityViolations(page, 'the import page with its receipt open');
  });

  it('downloads the rejected rows as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the rejected rows as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`import-${importId}-rejected-rows.csv`);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe('row,externalId,field,message');
    expect(text).toContain(`3,${BAD},startDate,`);
  });

  it('finds the import on the list, filtered by organisation and dataset', async () => {
    const search = '?dataset=events&organisation=solace';
    await page.goto(`${BASE_URL}/imports${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    const row = page.getByRole('table', { name: 'Imports, newest first' }).locator('tbody tr', {
      has: page.getByRole('link', { name: `Import ${importId}`, exact: true }),
    });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Events', 'Solace', 'staff']);
    expect(cells[5]).toBe('Completed');
    expect(cells.slice(6)).toEqual(['2', '1', '0', '0', '1', '0']);
    await expect(page.getByLabel('Organisation').inputValue()).resolves.toBe('solace');
    await expectNoAccessibilityViolations(page, 'the filtered imports list');
  });
});

import { readFile } from 'node:fs/promises';

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

// The test records its own event as staff (a unique title), so it may run again on the same database.
const STAMP = Date.now().toString(36);
const EVENT_TITLE = `E2E extract webinar ${STAMP}`;
const PROGRAMME = { id: 'next-generation', name: 'Next Generation' };
const START = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
/** The financial year (April to March) the event falls in: "2026-27". */
const YEAR = (() => {
  const [year, month] = START.split('-').map(Number);
  const first = month >= 4 ? year : year - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
})();
const YEAR_STARTS = `${YEAR.slice(0, 4)}-04-01`;
const YEAR_ENDS = `${Number(YEAR.slice(0, 4)) + 1}-03-31`;
const EVENT_COLUMNS = ['id', 'programme', 'title', 'type', 'format', 'startDate', 'endDate', 'region', 'capacity', 'organisation', 'externalId'];
const DATASETS = 14;

/** RFC 4180 CSV → rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The text of each cell of a table's body rows, row headers included. */
async function tableRows(page: Page, name: string | RegExp) {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

describe('Extracts in a browser', () => {
  let staff: Session;
  let analyst: Session;
  let page: Page;

  beforeAll(async () => {
    staff = await openBrowser();
    analyst = await openBrowser();
    page = analyst.page;
  });

  afterAll(async () => {
    await staff?.browser.close();
    await analyst?.browser.close();
  });

  it('does not offer staff the extracts, and tells them so if they open the page', async () => {
    const staffPage = staff.page;
    await staffPage.goto(`${BASE_URL}/councils`);
    await signInOnKeycloak(staffPage, 'staff', 'staff-demo');
    await staffPage.waitForURL(`${BASE_URL}/councils`);
    const menu = staffPage.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'Imports' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Extracts' }).count()).resolves.toBe(0);

    // The staff member records the event the analyst will find in the extract.
    const answer = await callApi(staffPage, 'POST', '/api/v1/events', {
      body: { programme: PROGRAMME.id, title: EVENT_TITLE, type: 'webinar', format: 'online', startDate: START },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);

    await staffPage.goto(`${BASE_URL}/extracts`);
    await staffPage.getByRole('heading', { level: 1, name: 'Extracts' }).waitFor();
    await expect(staffPage.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Only analysts and administrators can download extracts.',
    );
    await expect(staffPage.getByRole('table').count()).resolves.toBe(0);
    await expectNoAccessibilityViolations(staffPage, 'the extracts page for staff');
  });

  it('signs in as analyst and lists every dataset with its rows and last change', async () => {
    await page.goto(`${BASE_URL}/councils`);
    await signInOnKeycloak(page, 'analyst', 'analyst-demo');
    await page.waitForURL(`${BASE_URL}/councils`);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Extracts' }).click();
    await page.waitForURL(`${BASE_URL}/extracts`);
    await page.getByRole('table', { name: `Datasets (${DATASETS})` }).waitFor();
    expect(await page.title()).toBe('Extracts – Sector Support');
    await expect(
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Extracts' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    const rows = await tableRows(page, `Datasets (${DATASETS})`);
    expect(rows.map((row) => row[0])).toContain('Survey responsessurvey-responses');
    const councils = rows.find((row) => row[0] === 'Councilscouncils');
    expect(Number(councils?.[2].replace(/,/g, ''))).toBeGreaterThan(300);
    expect(councils?.[3]).toBe('Not tracked (reference data)');
    const events = rows.find((row) => row[0] === 'Eventsevents');
    expect(Number(events?.[2].replace(/,/g, ''))).toBeGreaterThanOrEqual(1);
    expect(events?.[3]).toMatch(/^\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}(am|pm)$/);
    expect(events?.[4]).toBe('Yes');
    await expectNoAccessibilityViolations(page, 'the extracts list');
  });

  it('shows a dataset’s columns and the filters that apply to it', async () => {
    await page.getByRole('table', { name: `Datasets (${DATASETS})` }).getByRole('link', { name: 'Events', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/extracts/events`);
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(await page.title()).toBe('Events – Extracts – Sector Support');
    const columns = await tableRows(page, /^Columns of events/);
    expect(columns.map((row) => row[0])).toEqual(EVENT_COLUMNS);
    expect(columns[5]).toEqual(['startDate', 'date', 'First day']);
    const form = page.getByRole('form', { name: 'Download' });
    await expect(form.getByRole('combobox').evaluateAll((fields) => fields.map((field) => field.getAttribute('name')))).resolves.toEqual([
      'financialYear',
      'programme',
      'theme',
      'region',
    ]);
    await expect(form.getByLabel('Council GSS code').count()).resolves.toBe(0);
    await form.getByLabel('Programme').locator('option', { hasText: PROGRAMME.name }).waitFor({ state: 'attached' });
    await expectNoAccessibilityViolations(page, 'the events extract page');
  });

  it('downloads the filtered events as CSV, with the watermark and the matching curl command', async () => {
    await page.getByLabel('Financial year').selectOption(YEAR);
    await page.getByLabel('Programme').selectOption(PROGRAMME.id);
    const filename = `events-${YEAR}-${PROGRAMME.id}.csv`;
    const url = `${BASE_URL}/api/v1/extracts/events?format=csv&financialYear=${YEAR}&programme=${PROGRAMME.id}`;
    await expect(page.getByTestId('curl-command').textContent()).resolves.toBe(
      `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o ${filename} '${url}'`,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(filename);
    const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(header).toEqual([...EVENT_COLUMNS, 'deleted', 'deletedAt']);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const at = (name: string) => header.indexOf(name);
    for (const row of rows) {
      expect(row[at('programme')]).toBe(PROGRAMME.id);
      expect(row[at('startDate')] >= YEAR_STARTS && row[at('startDate')] <= YEAR_ENDS, row.join(',')).toBe(true);
      expect(row[at('deleted')]).toBe('false');
    }
    const ours = rows.find((row) => row[at('title')] === EVENT_TITLE);
    expect(ours?.slice(at('type'), at('startDate') + 1)).toEqual(['webinar', 'online', START]);

    const result = page.getByTestId('download-result');
    await expect(result.textContent()).resolves.toContain(`Downloaded ${filename}`);
    await expect(result.getByTestId('watermark').textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    await expectNoAccessibilityViolations(page, 'the events extract page after a download');
  });

  it('takes the watermark as “changed since”, and shows the API’s problem with a bad one', async () => {
    const watermark = (await page.getByTestId('watermark').textContent()) ?? '';
    await page.getByRole('button', { name: 'Use it as “Changed since”' }).click();
    await expect(page.getByLabel('Changed since (optional)').inputValue()).resolves.toBe(watermark);
    await expect(page.getByTestId('curl-command').textContent()).resolves.toContain(
      `&updatedSince=${encodeURIComponent(watermark)}'`,
    );

    await page.getByLabel('Changed since (optional)').fill('last tuesday');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#updatedSince"]').textContent()).resolves.toMatch(
      /^Changed since must be the Extract-Watermark of an earlier pull/,
    );
    expect(await page.title()).toBe('Error: Events – Extracts – Sector Support');
    await expectNoAccessibilityViolations(page, 'the events extract page with an error');
  });

  it('copies the curl command and explains how to get a token', async () => {
    await analyst.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await page.getByLabel('Changed since (optional)').fill('');
    await page.getByRole('radio', { name: 'NDJSON' }).check();
    const command = (await page.getByTestId('curl-command').textContent()) ?? '';
    expect(command).toContain(`-o events-${YEAR}-${PROGRAMME.id}.ndjson '${BASE_URL}/api/v1/extracts/events?format=ndjson&`);
    await page.getByRole('button', { name: 'Copy the command' }).click();
    await page.getByText('Command copied to the clipboard.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(command);

    await page.getByRole('link', { name: 'how to get a token' }).click();
    await expect(page.getByTestId('token-command').textContent()).resolves.toContain('-d username=\'analyst\'');
    await page.getByRole('link', { name: 'analyst guide' }).click();
    await page.waitForURL(`${BASE_URL}/extracts/guide`);
    await page.getByRole('heading', { level: 1, name: 'Analyst extracts' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Get a token' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the analyst guide');
  });
});

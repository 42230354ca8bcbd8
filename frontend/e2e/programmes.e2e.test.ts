import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BASE_URL,
  expectNoAccessibilityViolations,
  openBrowser,
  signInOnKeycloak,
  type Session,
} from './support/browser';

// Ignite (Solace, workforce) is in the seeded catalogue. Each run adds its own target and programme, with a
// stamp in their names, so the test may run again on the same database.
const STAMP = Date.now().toString(36);
const STATEMENT = `E2E: 90 per cent of delegates report increased confidence ${STAMP}`;
const PROGRAMME_NAME = `E2E Programme ${STAMP}`;
const PROGRAMME_ID = `e2e-programme-${STAMP}`;

/** The financial year today is in, as the app writes it: "2025-26". */
function currentFinancialYear(now = new Date()) {
  const start = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

async function waitForList(page: Page) {
  const search = new URL(page.url()).search;
  await page.locator(`[data-loaded-search="${search}"]`).waitFor({ state: 'attached' });
}

describe('Programmes in a browser', () => {
  let session: Session;
  let page: Page;
  const year = currentFinancialYear();

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists the catalogue', async () => {
    await page.goto(`${BASE_URL}/programmes`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/programmes`);
    await waitForList(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Programmes');
    expect(await page.title()).toBe('Programmes – Sector Support');
    await expect(page.getByTestId('results-summary').textContent()).resolves.toMatch(/^Showing 1 to 25 of \d+ programmes$/);
    await expectNoAccessibilityViolations(page, 'the programmes list');
  });

  it('filters the catalogue by theme and delivering organisation', async () => {
    await page.getByLabel('Theme').selectOption('workforce');
    await page.getByLabel('Delivering organisation').selectOption('solace');
    await page.getByLabel('Running in financial year').selectOption(year);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/programmes\?theme=workforce&organisation=solace&financialYear=/);
    await waitForList(page);

    const table = page.getByRole('table');
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['AMPlify', 'Ignite', 'Springboard', 'Total Leadership']));
    expect(names).not.toContain('Leadership Academy');
    await expect(table.locator('tbody tr').filter({ hasText: 'Ignite' }).textContent()).resolves.toMatch(
      /IgniteWorkforceSolaceChief executivesSelf-funded2016-17 onwards/,
    );
    await expectNoAccessibilityViolations(page, 'the filtered programmes list');
  });

  it('opens a programme and shows this year’s targets', async () => {
    await page.getByRole('link', { name: 'Ignite', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/programmes/ignite`);
    await page.getByRole('heading', { level: 1, name: 'Ignite' }).waitFor();
    await page.locator(`[data-loaded-year="${year}"]`).waitFor({ state: 'attached' });
    // Within the programme's records: the menu has an "Events" link too.
    await expect(
      page.getByTestId('programme-records').getByRole('link', { name: /^Events/ }).getAttribute('href'),
    ).resolves.toBe('/events?programme=ignite');
    await expectNoAccessibilityViolations(page, 'the programme page');
  });

  it('adds a target for the current financial year, after putting a rule right', async () => {
    await page.getByRole('button', { name: `Add a target for ${year}` }).click();
    await page.waitForURL(`${BASE_URL}/programmes/ignite/deliverables/new?financialYear=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Add a target' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the new target form');

    await page.getByLabel('Target statement').fill(STATEMENT);
    await page.getByLabel('A percentage').check();
    await page.getByLabel('Target', { exact: true }).fill('120');
    await page.getByLabel('Measured by').selectOption({ label: 'Chief executives more confident after Ignite' });
    await page.getByRole('button', { name: 'Save target' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#targetValue"]').textContent()).resolves.toBe(
      'Target must be 100 or less for a per-cent target',
    );
    expect(await page.title()).toBe('Error: Add a target – Sector Support');
    await expectNoAccessibilityViolations(page, 'the new target form with errors');

    await page.getByLabel('Target', { exact: true }).fill('90');
    await page.getByRole('button', { name: 'Save target' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/ignite?financialYear=${year}`);
    const row = page.getByRole('row').filter({ hasText: STATEMENT });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('90%');
    await expect(row.textContent()).resolves.toContain('increased-confidence-chief-executives');
    await expectNoAccessibilityViolations(page, 'the programme page with the new target');
  });

  it('changes the target', async () => {
    await page.getByRole('row').filter({ hasText: STATEMENT }).getByRole('button', { name: /^Change/ }).click();
    await page.waitForURL(/\/programmes\/ignite\/deliverables\/\d+\/edit$/);
    await page.getByRole('heading', { level: 1, name: 'Change target' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the change target form');
    await page.getByLabel('Target', { exact: true }).fill('92.5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/ignite?financialYear=${year}`);
    await page.getByRole('row').filter({ hasText: STATEMENT }).filter({ hasText: '92.5%' }).waitFor();
  });

  it('refuses to delete a programme that has targets, explaining how to end it instead', async () => {
    await page.getByRole('button', { name: 'Delete programme' }).click();
    await page.getByTestId('confirm-delete').waitFor();
    await expect(page.getByTestId('confirm-delete').textContent()).resolves.toContain('Delete the programme “Ignite”?');
    await expectNoAccessibilityViolations(page, 'the delete programme confirmation');
    await page.getByRole('button', { name: 'Yes, delete the programme' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/The programme Ignite cannot be deleted: .*deliverable.*end it instead/);
    await expectNoAccessibilityViolations(page, 'the programme page with the refusal to delete it');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await summary.waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${BASE_URL}/programmes/ignite?financialYear=${year}`);
  });

  it('removes the target after asking', async () => {
    await page.getByRole('row').filter({ hasText: STATEMENT }).getByRole('button', { name: /^Remove/ }).click();
    await page.getByTestId('remove-deliverable').waitFor();
    await expectNoAccessibilityViolations(page, 'the remove target confirmation');
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText(`Target removed: ${STATEMENT}`).waitFor();
    await expect(page.getByRole('row').filter({ hasText: STATEMENT }).count()).resolves.toBe(0);
  });

  it('adds a programme, changes it and shows its history', async () => {
    await page.goto(`${BASE_URL}/programmes/new`);
    await page.getByRole('heading', { level: 1, name: 'Add a programme' }).waitFor();
    await page.getByRole('option', { name: 'Solace' }).waitFor({ state: 'attached' });
    await expectNoAccessibilityViolations(page, 'the new programme form');

    await page.getByLabel('Name').fill(PROGRAMME_NAME);
    await page.getByLabel('Identifier').fill(PROGRAMME_ID);
    await page.getByLabel('Theme').selectOption('research-and-data');
    await page.getByLabel('Funder').selectOption('other');
    await page.getByLabel('Delivering organisation').selectOption('lga');
    await page.getByLabel('Audience').selectOption('officers');
    await page.getByLabel('First financial year').fill('2024-2025');
    await page.getByRole('button', { name: 'Save programme' }).click();
    await page.locator('.govuk-error-summary a[href="#activeFrom"]').waitFor();
    await expectNoAccessibilityViolations(page, 'the new programme form with errors');

    await page.getByLabel('First financial year').fill('2024-25');
    await page.getByRole('button', { name: 'Save programme' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/${PROGRAMME_ID}`);
    await page.getByRole('heading', { level: 1, name: PROGRAMME_NAME }).waitFor();

    await page.getByRole('link', { name: /^Change\s*active years/ }).click();
    await page.waitForURL(`${BASE_URL}/programmes/${PROGRAMME_ID}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change programme' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the change programme form');
    await page.getByLabel('Last financial year (optional)').fill(year);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/${PROGRAMME_ID}`);
    await expect(page.locator('dl.govuk-summary-list').textContent()).resolves.toContain(`2024-25 to ${year}`);

    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/${PROGRAMME_ID}/history`);
    await page.getByRole('heading', { level: 1, name: /change history/i }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain('Details changed');
    expect(text).toContain(`activeTo: ${year}`);
    expect(text).toContain('staff');
    await expectNoAccessibilityViolations(page, 'the programme history page');
  });

  it('deletes the programme nothing refers to, back to the catalogue with a success banner', async () => {
    await page.getByRole('link', { name: 'Back to the programme' }).click();
    await page.waitForURL(`${BASE_URL}/programmes/${PROGRAMME_ID}`);
    await page.getByRole('button', { name: 'Delete programme' }).click();
    await page.getByRole('button', { name: 'Yes, delete the programme' }).click();

    await page.waitForURL(`${BASE_URL}/programmes`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Programme deleted: ${PROGRAMME_NAME}`);
    await waitForList(page);
    await expectNoAccessibilityViolations(page, 'the programmes list with the success banner');

    // Gone, and its history (with the deletion) is still there.
    await page.goto(`${BASE_URL}/programmes/${PROGRAMME_ID}`);
    await page.getByRole('heading', { level: 1, name: 'Programme not found' }).waitFor();
    await page.goto(`${BASE_URL}/programmes/${PROGRAMME_ID}/history`);
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').textContent()).resolves.toContain('Deleted');
  });
});

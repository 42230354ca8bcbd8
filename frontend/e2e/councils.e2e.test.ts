import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BASE_URL,
  expectNoAccessibilityViolations,
  KEYCLOAK_URL,
  openBrowser,
  signInOnKeycloak,
  type Session,
} from './support/browser';

// These figures come from the shipped mySociety register (England, as loaded by the backend).
// 317 principal councils + 14 combined authorities + the Greater London Authority
const CURRENT_COUNCILS = 333;
// 32 London boroughs + the City of London + the Greater London Authority
const LONDON_COUNCILS = 34;

/** The councils on the page, one entry per table row. */
async function councilRows(page: Page) {
  return page.locator('table.govuk-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '');
      return { name: cells[0], gssCode: cells[1], type: cells[2], region: cells[3], status: cells[4] };
    }),
  );
}

async function resultsSummary(page: Page) {
  return (await page.getByTestId('results-summary').textContent())?.trim();
}

/** Waits until the list shows the results for this query string ("" for none). */
async function waitForCouncils(page: Page, search: string) {
  await page.waitForURL(`${BASE_URL}/councils${search}`);
  await page.locator(`[data-loaded-search="${search}"]`).waitFor();
}

/** Fills the filter form, applies it and waits for the new results. */
async function applyFilters(
  page: Page,
  filters: { q?: string; region?: string; type?: string; status?: string },
  expectedSearch: string,
) {
  await page.getByLabel('Name').fill(filters.q ?? '');
  await page.getByLabel('Region').selectOption(filters.region ?? '');
  await page.getByLabel('Type').selectOption(filters.type ?? '');
  await page.getByLabel('Status').selectOption(filters.status ?? 'current');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await waitForCouncils(page, expectedSearch);
}

describe('Sector Support in a browser', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('sends an anonymous visitor to the Keycloak login and back to the councils list', async () => {
    await page.goto(`${BASE_URL}/`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');

    await waitForCouncils(page, '');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Councils');
    expect(await resultsSummary(page)).toBe(`Showing 1 to 25 of ${CURRENT_COUNCILS} councils`);
    expect(await councilRows(page)).toHaveLength(25);
    expect(await page.title()).toBe('Councils – Sector Support');
    await expect(page.locator('header.govuk-header').textContent()).resolves.toMatch(/Sign out/);
    await expectNoAccessibilityViolations(page, 'the councils list');
  });

  it('finds a council by name', async () => {
    await applyFilters(page, { q: 'County Durham' }, '?q=County+Durham');
    const rows = await councilRows(page);
    expect(rows).toContainEqual(expect.objectContaining({ name: 'County Durham', gssCode: 'E06000047' }));
  });

  it('filters by region, paginates and stays accessible', async () => {
    await applyFilters(page, { region: 'london' }, '?region=london');
    expect(await resultsSummary(page)).toBe(`Showing 1 to 25 of ${LONDON_COUNCILS} councils`);
    const firstPage = await councilRows(page);
    expect(firstPage.every((row) => row.region === 'London')).toBe(true);
    await expectNoAccessibilityViolations(page, 'the councils list filtered by London');

    await page.getByRole('navigation', { name: 'Councils pages' }).getByRole('link', { name: 'Next page' }).click();
    await waitForCouncils(page, '?region=london&page=2');
    expect(await resultsSummary(page)).toBe(`Showing 26 to ${LONDON_COUNCILS} of ${LONDON_COUNCILS} councils`);
    const secondPage = await councilRows(page);
    expect(secondPage).toHaveLength(LONDON_COUNCILS - 25);
    expect(secondPage.every((row) => row.region === 'London')).toBe(true);
    expect([...firstPage, ...secondPage].map((row) => row.name)).toContain('City of London');

    // The filtered view is in the history: Back returns to page 1.
    await page.goBack();
    await waitForCouncils(page, '?region=london');
    await expect(page.getByLabel('Region').inputValue()).resolves.toBe('london');
  });

  it('finds current and ended councils, and shows a council with its predecessors', async () => {
    await applyFilters(page, { q: 'Cumb', status: 'all' }, '?status=all&q=Cumb');
    const rows = await councilRows(page);
    expect(rows).toContainEqual(expect.objectContaining({ name: 'Cumberland', gssCode: 'E06000063' }));
    const cumbria = rows.find((row) => row.name === 'Cumbria');
    expect(cumbria?.status).toMatch(/^Ended/);

    await page.getByRole('link', { name: 'Cumberland', exact: true }).click();
    await page.waitForURL(`${BASE_URL}/councils/E06000063`);
    // Client-side navigation: the list's heading stays until the council has loaded.
    await page.getByRole('heading', { level: 1, name: 'Cumberland', exact: true }).waitFor();
    expect(await page.title()).toBe('Cumberland – Councils – Sector Support');
    const predecessors = page.locator('h3:has-text("Predecessors") + ul');
    for (const name of ['Allerdale', 'Carlisle', 'Copeland']) {
      await expect(predecessors.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    }
    // With its timeline loaded, which includes its predecessors' support (tagged "Allerdale (predecessor)" …).
    await page.getByTestId('council-timeline').locator('[data-loaded-year=""]').waitFor({ state: 'attached' });
    await expectNoAccessibilityViolations(page, 'the Cumberland details page');

    // The back link keeps the list's filters.
    await page.getByRole('link', { name: 'Back to councils' }).click();
    await waitForCouncils(page, '?status=all&q=Cumb');
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('Cumb');
  });

  it('shows a proper page for an unknown council', async () => {
    await page.goto(`${BASE_URL}/councils/E99999999`);
    await page.getByRole('heading', { level: 1, name: 'Council not found' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the council not found page');
  });

  it('lists the organisations', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL(`${BASE_URL}/organisations`);
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').textContent()).resolves.toMatch(/Solace/);
    await expectNoAccessibilityViolations(page, 'the organisations page');
  });

  it('credits the data sources', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'About' }).click();
    await page.waitForURL(`${BASE_URL}/about`);
    await page.getByRole('heading', { level: 1, name: 'About and data sources' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain(
      'Local authority names and codes: mySociety, “UK Local Authority Names and Codes” (https://github.com/mysociety/uk_local_authority_names_and_codes), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    );
    expect(text).toContain('Contains public sector information licensed under the Open Government Licence v3.0.');
    await expectNoAccessibilityViolations(page, 'the about page');
  });

  it('shows a not found page for an unknown address', async () => {
    await page.goto(`${BASE_URL}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the page not found page');
  });

  it('signs out, back to the Keycloak login', async () => {
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/`));
    await page.locator('input[name="username"]').waitFor();
  });
});

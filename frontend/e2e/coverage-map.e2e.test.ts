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

// Read-only: the test records nothing, and checks the map against what the API says for today, so it can run on
// any database (the demo data gives the map all four bands).

type CouncilCoverage = {
  council: { gssCode: string; name: string };
  type: string;
  region: string;
  lastCpcOrFpcDate?: string;
  yearsSince?: number;
  lastType?: string;
  predecessor?: { gssCode: string; name: string };
};
type CoverageByCouncil = { asOf: string; windowStart: string; councils: CouncilCoverage[] };

const ENGLAND_HEXES = 296;
const COUNTY_COUNCILS = 21;

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** As the page writes them: "14 March 2024" and "2.1 years ago". */
function dateText(iso: string) {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}
function yearsText(years: number) {
  if (years < 1) return 'less than a year ago';
  const text = decimal.format(years);
  return `${text} ${text === '1' ? 'year' : 'years'} ago`;
}

async function details(page: Page) {
  return (await page.getByTestId('coverage-details').innerText()).replace(/\s+/g, ' ');
}

/** The GSS code of the hex that has the keyboard focus, if one has. */
async function focusedHex(page: Page) {
  return page.evaluate(() => document.activeElement?.closest('[data-code]')?.getAttribute('data-code') ?? null);
}

describe('The coverage map in a browser', () => {
  let session: Session;
  let page: Page;
  let coverage: CoverageByCouncil;
  const byCode = new Map<string, CouncilCoverage>();

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and opens the map from the coverage page', async () => {
    await page.goto(`${BASE_URL}/coverage`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/coverage`);
    await page.getByTestId('coverage-headline').waitFor();
    await page.getByRole('link', { name: 'See every council on the coverage map' }).click();
    await page.waitForURL(`${BASE_URL}/coverage/map`);
    await page.locator('[data-loaded-search=""]').waitFor({ state: 'attached' });
    await page.getByTestId('hex-map').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Coverage map');
    expect(await page.title()).toBe('Coverage map – Sector Support');

    const answer = await callApi(page, 'GET', '/api/v1/peer-challenges/coverage/councils');
    expect(answer.status).toBe(200);
    coverage = answer.body as CoverageByCouncil;
    for (const row of coverage.councils) byCode.set(row.council.gssCode, row);

    // Every hex is a council today: 296 links, one of them in the Tab order.
    const map = page.getByTestId('hex-map');
    await expect(map.locator('a[data-code]').count()).resolves.toBe(ENGLAND_HEXES);
    await expect(map.locator('a[data-code][tabindex="0"]').count()).resolves.toBe(1);
    const bands = await map.locator('a[data-code]').evaluateAll((links) => links.map((link) => link.getAttribute('data-band')));
    expect(new Set(bands).size).toBeGreaterThan(1);
    await expectNoAccessibilityViolations(page, 'the coverage map');
  });

  it('shows a council’s last CPC or FPC when the pointer is on its hex', async () => {
    const hexCodes = await page.getByTestId('hex-map').locator('a[data-code]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('data-code') ?? ''),
    );
    const withDate = hexCodes.map((code) => byCode.get(code)).find((row) => row?.lastCpcOrFpcDate && !row.predecessor);
    if (!withDate?.lastCpcOrFpcDate || withDate.yearsSince === undefined) throw new Error('No council on the map has a CPC or FPC');

    await page.locator(`[data-testid="hex-map"] a[data-code="${withDate.council.gssCode}"]`).hover();
    await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(withDate.council.name);
    const text = await details(page);
    expect(text).toContain(dateText(withDate.lastCpcOrFpcDate));
    expect(text).toContain(withDate.lastType === 'fpc' ? 'Finance Peer Challenge' : 'Corporate Peer Challenge');
    expect(text).toContain(yearsText(withDate.yearsSince));

    const without = hexCodes.map((code) => byCode.get(code)).find((row) => row && !row.lastCpcOrFpcDate);
    if (without) {
      await page.locator(`[data-testid="hex-map"] a[data-code="${without.council.gssCode}"]`).hover();
      await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(without.council.name);
      expect(await details(page)).toContain('None recorded');
    }
    await expectNoAccessibilityViolations(page, 'the coverage map with a council’s details');
  });

  it('comes to the map with Tab, moves between hexes with the arrow keys and opens one with Enter', async () => {
    await page.getByRole('link', { name: 'Skip the map: every council in a list' }).focus();
    await page.keyboard.press('Tab');
    const first = await focusedHex(page);
    expect(first).not.toBeNull();
    const firstCouncil = byCode.get(first ?? '');
    await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(firstCouncil?.council.name);
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toMatch(new RegExp(`^${firstCouncil?.council.name}: `));
    await expect(page.locator('.app-hex-map__focus').count()).resolves.toBe(1);

    await page.keyboard.press('ArrowDown');
    const second = await focusedHex(page);
    expect(second).not.toBe(first);
    await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(byCode.get(second ?? '')?.council.name);
    // Along the row and back (to the right, or to the left at the row's east end).
    await page.keyboard.press('ArrowRight');
    const [there, back] = (await focusedHex(page)) === second ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    if (there === 'ArrowLeft') await page.keyboard.press('ArrowLeft');
    const third = await focusedHex(page);
    expect(third).not.toBe(second);
    await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(byCode.get(third ?? '')?.council.name);
    await page.keyboard.press(back);
    await expect(focusedHex(page)).resolves.toBe(second);
    await expectNoAccessibilityViolations(page, 'the coverage map with a hex focused');

    // Tab leaves the map; Shift+Tab comes back to the hex last moved to.
    await page.keyboard.press('Tab');
    await expect(focusedHex(page)).resolves.toBeNull();
    await page.keyboard.press('Shift+Tab');
    await expect(focusedHex(page)).resolves.toBe(second);

    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/councils/${second}`);
    await page.goBack();
    await page.waitForURL(`${BASE_URL}/coverage/map`);
    await page.getByTestId('hex-map').waitFor();
  });

  it('lists the county councils and combined authorities beside the map', async () => {
    await expect(page.getByTestId('county-councils').locator('li').count()).resolves.toBe(COUNTY_COUNCILS);
    const combined = coverage.councils.filter((row) => row.type === 'combined-authority' || row.type === 'strategic-authority');
    await expect(page.getByTestId('combined-authorities').locator('li').count()).resolves.toBe(combined.length);
    await expect(page.getByTestId('councils-off-map').count()).resolves.toBe(0);   // every other council has a hex

    const county = coverage.councils.find((row) => row.type === 'county');
    await page.getByTestId('county-councils').getByRole('link', { name: county?.council.name, exact: true }).hover();
    await expect(page.getByTestId('coverage-details-name').textContent()).resolves.toBe(county?.council.name);
  });

  it('has the list alternative: every council in a table by band, with the same dates', async () => {
    await page.getByRole('link', { name: 'Skip the map: every council in a list' }).click();
    const list = page.getByTestId('coverage-list');
    await expect(list.locator('tbody tr').count()).resolves.toBe(coverage.councils.length);

    const sample = coverage.councils.filter((row) => row.lastCpcOrFpcDate).slice(0, 5);
    for (const row of sample) {
      const tableRow = list.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: row.council.name, exact: true }) });
      const text = (await tableRow.first().innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(dateText(row.lastCpcOrFpcDate ?? ''));
      if (row.yearsSince !== undefined) expect(text).toContain(yearsText(row.yearsSince));
    }
    const captions = await list.locator('caption').allInnerTexts();
    expect(captions.map((caption) => caption.replace(/\s*\(.*$/, '').trim())).toEqual(
      expect.arrayContaining(['Within 2 years', '2 to 5 years']),
    );
    await expectNoAccessibilityViolations(page, 'the coverage list');
  });

  it('credits the hex map on the About page', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'About' }).click();
    await page.waitForURL(`${BASE_URL}/about`);
    await expect(page.getByTestId('attribution-hexmap').textContent()).resolves.toMatch(/Open Innovations.*MIT licence/s);
  });
});

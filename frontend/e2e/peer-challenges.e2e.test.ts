import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BASE_URL,
  callApi,
  chooseCouncil,
  expectNoAccessibilityViolations,
  openBrowser,
  signInOnKeycloak,
  type Session,
} from './support/browser';

// Cotswold (a current district in the South West): no other test records peer challenges for it.
// The test does not depend on what is already recorded there; it may run again on the same database.
const COUNCIL = { gssCode: 'E07000079', name: 'Cotswold' };
// The peer's home council must be outside Cotswold's county and neighbours: County Durham.
const PEER_HOME_COUNCIL = 'E06000047';
const STAMP = Date.now().toString(36);
const PEER_NAME = `Cllr E2E Peer ${STAMP}`;

/** An ISO date `days` from today (UTC, as the app and the API count days). */
function isoDate(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adds a peer to the pool through the API with the signed-in user's token (there is no
 * page for peers yet), so the picker has a peer whatever the database holds.
 */
async function createPeer(page: Page): Promise<number> {
  const answer = await callApi(page, 'POST', '/api/v1/peers', {
    body: {
      kind: 'member',
      name: PEER_NAME,
      politicalGroup: 'independent',
      homeCouncil: PEER_HOME_COUNCIL,
      accreditationDate: '2021-06-15',
      active: true,
    },
  });
  if (answer.status !== 201) throw new Error(`Creating a peer: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { id: number }).id;
}

async function currentStatus(page: Page) {
  return (await page.getByTestId('current-status').textContent())?.replace(/^Status:\s*/, '').trim();
}

/** Clicks a status button and waits for the page to show the new status. */
async function move(page: Page, button: string, expectedStatus: string) {
  await page.getByTestId('status-actions').getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('current-status').getByText(expectedStatus, { exact: true }).waitFor();
}

describe('Peer challenges in a browser', () => {
  let session: Session;
  let page: Page;
  let challengeId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists peer challenges', async () => {
    await page.goto(`${BASE_URL}/peer-challenges`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/peer-challenges`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Peer challenges');
    expect(await page.title()).toBe('Peer challenges – Sector Support');
    await expectNoAccessibilityViolations(page, 'the peer challenges list');
  });

  it('shows the error summary when the form breaks a rule', async () => {
    await page.getByRole('button', { name: 'Record a peer challenge' }).click();
    await page.waitForURL(`${BASE_URL}/peer-challenges/new`);
    await expectNoAccessibilityViolations(page, 'the new peer challenge form');

    await chooseCouncil(page, 'Council', COUNCIL);
    await page.getByLabel('Type', { exact: true }).selectOption('cpc');
    await page.getByLabel('Date requested').fill(isoDate(-90));
    // The visit ends before it starts.
    await page.getByLabel('First day on site').fill(isoDate(-28));
    await page.getByLabel('Last day on site').fill(isoDate(-30));
    await page.getByRole('button', { name: 'Save peer challenge' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(1);
    await expect(summary.locator('a[href="#onSiteEndDate"]').count()).resolves.toBe(1);
    await expect(
      page.locator('.govuk-form-group--error').filter({ has: page.locator('#onSiteEndDate') }).count(),
    ).resolves.toBe(1);
    expect(await page.title()).toBe('Error: Record a peer challenge – Sector Support');
    expect(page.url()).toBe(`${BASE_URL}/peer-challenges/new`);
    await expectNoAccessibilityViolations(page, 'the new peer challenge form with errors');
  });

  it('records a CPC once the dates are put right', async () => {
    // The form keeps what was typed: correct the dates only.
    await page.getByLabel('First day on site').fill(isoDate(-30));
    await page.getByLabel('Last day on site').fill(isoDate(-28));
    await page.getByLabel('Peer challenge manager').fill(`E2E manager ${STAMP}`);
    for (const area of [
      'Local priorities and outcomes',
      'Governance and culture',
      'Organisational and place leadership',
      'Financial planning and management',
      'Capacity for improvement',
    ]) {
      await page.getByLabel(area).check();
    }
    await page.getByRole('button', { name: 'Save peer challenge' }).click();

    await page.waitForURL(/\/peer-challenges\/\d+$/);
    challengeId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: new RegExp(COUNCIL.name) }).waitFor();
    expect(await currentStatus(page)).toBe('Requested');
    await expectNoAccessibilityViolations(page, 'the peer challenge page');
  });

  it('puts a peer on the team with the picker', async () => {
    await createPeer(page);
    await page.getByLabel('Find a peer by name').fill(PEER_NAME);
    await page.getByRole('button', { name: 'Find peers' }).click();
    await page.getByLabel(PEER_NAME, { exact: true }).check();
    await page.getByLabel('Role', { exact: true }).selectOption('lead-member-peer');
    await page.getByLabel('Days', { exact: true }).fill('2.5');
    await page.getByRole('button', { name: 'Add to team' }).click();

    const team = page.getByTestId('team');
    await team.getByRole('rowheader', { name: PEER_NAME }).waitFor();
    await expect(team.locator('table').textContent()).resolves.toMatch(/Lead member peer/);
    await expect(team.getByTestId('team-totals').textContent()).resolves.toMatch(/2\.5 days in total/);
  });

  it('takes the CPC from request to published action plan', async () => {
    await move(page, 'Mark as scoped', 'Scoped');
    await move(page, 'Mark as scheduled', 'Scheduled');
    await move(page, 'Mark as on site', 'On site');
    await move(page, 'Mark report as drafted', 'Report drafted');
    // The publication date defaults to today, after the visit.
    await expect(page.getByLabel('Report publication date').inputValue()).resolves.toBe(isoDate(0));
    await move(page, 'Mark report as published', 'Report published');
    await move(page, 'Mark action plan as published', 'Action plan published');

    expect(await currentStatus(page)).toBe('Action plan published');
    await expect(page.getByTestId('status-actions').count()).resolves.toBe(0);
    const details = page.locator('dl.govuk-summary-list');
    await expect(details.textContent()).resolves.toMatch(/Published within 5 monthsYes/);
    await expect(details.textContent()).resolves.toMatch(/Total peer days2\.5 days/);
    await expectNoAccessibilityViolations(page, 'the published peer challenge page');
  });

  it('shows who changed what', async () => {
    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}/peer-challenges/${challengeId}/history`);
    // The challenge page's team table stays until the history has loaded.
    await page.getByRole('heading', { level: 1, name: /change history/i }).waitFor();
    const table = page.getByRole('table');
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain('Status changed');
    expect(text).toContain('staff');
    await expectNoAccessibilityViolations(page, 'the change history page');
  });

  it('lists the challenge for its council, on the list and on the council page', async () => {
    await page.goto(`${BASE_URL}/peer-challenges?council=${COUNCIL.gssCode}`);
    await page.locator(`[data-loaded-search="?council=${COUNCIL.gssCode}"]`).waitFor();
    await expect(page.locator(`table a[href="/peer-challenges/${challengeId}"]`).count()).resolves.toBe(1);

    await page.goto(`${BASE_URL}/councils/${COUNCIL.gssCode}`);
    const section = page.getByTestId('council-peer-challenges');
    await section.getByTestId('last-cpc-or-fpc').waitFor();
    await expect(section.getByTestId('last-cpc-or-fpc').textContent()).resolves.toMatch(/^Last CPC or FPC: /);
    await expect(section.locator(`a[href="/peer-challenges/${challengeId}"]`).count()).resolves.toBe(1);
    await expectNoAccessibilityViolations(page, 'the council page with its peer challenges');
  });

  it('shows coverage: the council has had a CPC in the last five years', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Coverage' }).click();
    await page.waitForURL(`${BASE_URL}/coverage`);
    await page.getByTestId('coverage-headline').waitFor();
    await expectNoAccessibilityViolations(page, 'the coverage page');

    await page.getByLabel('Region').selectOption('south-west');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/coverage\?.*region=south-west/);
    const search = new URL(page.url()).search;
    await page.locator(`[data-loaded-search="${search}"]`).waitFor({ state: 'attached' });
    await expect(page.getByTestId('coverage-headline').textContent()).resolves.toMatch(
      /^\d+ of \d+ councils? \([\d.]+%\) ha(s|ve) had no CPC or FPC in the five years to \d{1,2} \w+ \d{4}\.$/,
    );
    await expect(page.locator(`a[href="/councils/${COUNCIL.gssCode}"]`).count()).resolves.toBe(0);
  });
});

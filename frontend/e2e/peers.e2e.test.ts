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

// Each run records its own peer with a unique name, so it may run again on the same database.
const COUNCIL = { gssCode: 'E06000001', name: 'Hartlepool' };
const STAMP = Date.now().toString(36);
const NAME = `Cllr E2E Peer ${STAMP}`;

async function detail(page: Page, key: string) {
  const row = page.locator('.govuk-summary-list__row').filter({
    has: page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }),
  });
  return (await row.locator('.govuk-summary-list__value').textContent())?.trim();
}

describe('The peer pool in a browser', () => {
  let session: Session;
  let page: Page;
  let peerId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists the peers', async () => {
    await page.goto(`${BASE_URL}/peers`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/peers`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Peers');
    expect(await page.title()).toBe('Peers – Sector Support');
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Peers' }).count()).resolves.toBe(1);
    await expectNoAccessibilityViolations(page, 'the peers list');
  });

  it('shows the error summary for a member peer without a political group', async () => {
    await page.getByRole('button', { name: 'Record a peer' }).click();
    await page.waitForURL(`${BASE_URL}/peers/new`);
    await page.getByRole('heading', { level: 1, name: 'Record a peer' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the new peer form');

    await page.getByLabel('Member peer', { exact: true }).check();
    await page.getByLabel('Name', { exact: true }).fill(NAME);
    await chooseCouncil(page, 'Home council', COUNCIL);
    await page.getByLabel('Email address (optional)').fill(`e2e-${STAMP}@example.org`);
    await page.getByLabel('Accreditation date (optional)').fill('2021-06-15');
    await page.getByLabel('Female', { exact: true }).check();
    await page.getByRole('button', { name: 'Save peer' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#politicalGroup"]').count()).resolves.toBe(1);
    await expect(
      page.locator('.govuk-form-group--error').filter({ has: page.locator('#politicalGroup') }).count(),
    ).resolves.toBe(1);
    expect(await page.title()).toBe('Error: Record a peer – Sector Support');
    await expectNoAccessibilityViolations(page, 'the new peer form with errors');
  });

  it('records the peer once the group is given, and never shows their diversity data', async () => {
    await page.getByLabel('Political group').selectOption('independent');
    await page.getByRole('button', { name: 'Save peer' }).click();

    await page.waitForURL(/\/peers\/\d+$/);
    peerId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await detail(page, 'Kind of peer')).toBe('Member peer');
    expect(await detail(page, 'Political group')).toBe('Independent');
    expect(await detail(page, 'Home council')).toBe(COUNCIL.name);
    expect(await detail(page, 'Accreditation')).toBe('Accredited 15 June 2021');
    expect(await detail(page, 'Available for peer challenge teams')).toBe('Yes, active');
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.not.toMatch(/female|sex|ethnic/i);
    await expectNoAccessibilityViolations(page, 'the peer page');
  });

  it('finds the peer in the list by name, kind, home council and accreditation', async () => {
    await page.goto(`${BASE_URL}/peers`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await page.getByLabel('Name contains').fill(STAMP);
    await page.getByLabel('Kind of peer').selectOption('member');
    await chooseCouncil(page, 'Home council', COUNCIL);
    await page.getByLabel('Accreditation').selectOption('true');
    await page.getByRole('button', { name: 'Apply filters' }).click();

    const search = `?q=${STAMP}&kind=member&council=${COUNCIL.gssCode}&accredited=true`;
    await page.waitForURL(`${BASE_URL}/peers${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    const row = page.locator('tr', { has: page.locator(`a[href="/peers/${peerId}"]`) });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.textContent()).resolves.toMatch(/Independent/);
    await expect(page.locator('table').textContent()).resolves.not.toMatch(/female/i);
    // The home council stays chosen, by name.
    await expect(page.getByLabel('Home council', { exact: true }).inputValue()).resolves.toBe(
      `${COUNCIL.name} (${COUNCIL.gssCode})`,
    );
    await expectNoAccessibilityViolations(page, 'the filtered peers list');

    // Not accredited: not there.
    const notAccredited = `?q=${STAMP}&accredited=false`;
    await page.goto(`${BASE_URL}/peers${notAccredited}`);
    await page.locator(`[data-loaded-search="${notAccredited}"]`).waitFor();
    await expect(page.locator(`a[href="/peers/${peerId}"]`).count()).resolves.toBe(0);
  });

  it('changes the peer to inactive, keeping what is recorded', async () => {
    await page.goto(`${BASE_URL}/peers/${peerId}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.locator(`a[href="/peers/${peerId}/edit"]`).first().click();
    await page.waitForURL(`${BASE_URL}/peers/${peerId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change peer' }).waitFor();
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(NAME);
    await expect(page.getByLabel('Female', { exact: true }).isChecked()).resolves.toBe(false);
    await expectNoAccessibilityViolations(page, 'the change peer form');

    await page.getByLabel('Job title (optional)').fill('Deputy Leader');
    await page.getByLabel('No, inactive').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${BASE_URL}/peers/${peerId}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await expect.poll(() => detail(page, 'Available for peer challenge teams')).toBe('No, inactive');
    expect(await detail(page, 'Job title')).toBe('Deputy Leader');
    expect(await detail(page, 'Political group')).toBe('Independent');

    const inactive = `?q=${STAMP}&active=false`;
    await page.goto(`${BASE_URL}/peers${inactive}`);
    await page.locator(`[data-loaded-search="${inactive}"]`).waitFor();
    await expect(page.locator(`a[href="/peers/${peerId}"]`).count()).resolves.toBe(1);
  });

  it('shows the change history with the diversity answer withheld', async () => {
    await page.goto(`${BASE_URL}/peers/${peerId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Change history' }).waitFor();
    const table = page.getByRole('table', { name: 'Changes, oldest first' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Recorded');
    expect(text).toContain('withheld');
    expect(text).not.toMatch(/female/i);
    expect(text).toMatch(/active: true → false/);
    await expectNoAccessibilityViolations(page, 'the peer history page');
  });

  it('deletes the peer, who never served on a team, back to the list with a success banner', async () => {
    await page.getByRole('link', { name: 'Back to the peer' }).click();
    await page.waitForURL(`${BASE_URL}/peers/${peerId}`);
    await page.getByRole('button', { name: 'Delete peer' }).click();
    await page.getByTestId('confirm-delete').waitFor();
    await expectNoAccessibilityViolations(page, 'the delete peer confirmation');
    await page.getByRole('button', { name: 'Yes, delete the peer' }).click();

    await page.waitForURL(`${BASE_URL}/peers`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Peer deleted: ${NAME}`);
    await page.goto(`${BASE_URL}/peers/${peerId}`);
    await page.getByRole('heading', { level: 1, name: 'Peer not found' }).waitFor();
  });
});

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

// Local Partnerships has no client in the realm file. Its client lives in the shared Keycloak, not in the test's
// database, so it is removed before and after the run (with the backend's own admin-API client, a local demo
// secret), and the test can run again on the same Keycloak.
const ORGANISATION = 'Local Partnerships';
const CLIENT_ID = 'local-partnerships-partner';
const REALM_URL = `${KEYCLOAK_URL}/realms/sector-support`;
const TOKEN_URL = `${REALM_URL}/protocol/openid-connect/token`;
const ADMIN_API = { id: 'sector-support-admin-api', secret: 'sector-support-admin-api-demo-secret' };

async function tokenRequest(clientId: string, secret: string) {
  return fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
}

async function removeClient() {
  const token = ((await (await tokenRequest(ADMIN_API.id, ADMIN_API.secret)).json()) as { access_token: string })
    .access_token;
  const headers = { Authorization: `Bearer ${token}` };
  const admin = `${KEYCLOAK_URL}/admin/realms/sector-support/clients`;
  const found = (await (await fetch(`${admin}?clientId=${CLIENT_ID}`, { headers })).json()) as { id: string }[];
  for (const client of found) {
    await fetch(`${admin}/${client.id}`, { method: 'DELETE', headers });
  }
}

/** The secret the panel shows, read from its read-only field. */
async function shownSecret(page: Page) {
  const field = page.getByTestId('secret-panel').getByLabel('Client secret');
  await field.waitFor();
  return field.inputValue();
}

async function partnerCanCallTheApi(secret: string) {
  const response = await tokenRequest(CLIENT_ID, secret);
  if (response.status !== 200) return response.status;
  const { access_token: token } = (await response.json()) as { access_token: string };
  return (await fetch(`${BASE_URL}/api/v1/events?size=1`, { headers: { Authorization: `Bearer ${token}` } })).status;
}

function row(page: Page) {
  return page.getByRole('table', { name: 'Partner clients' }).locator('tbody tr').filter({ hasText: CLIENT_ID });
}

describe('Partner clients in a browser', () => {
  let session: Session;
  let page: Page;
  let firstSecret = '';
  let secondSecret = '';

  beforeAll(async () => {
    await removeClient();
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
    await removeClient();
  });

  it('signs in as an administrator and finds the page in the navigation', async () => {
    await page.goto(`${BASE_URL}/councils`);
    await signInOnKeycloak(page, 'admin', 'admin-demo');
    await page.waitForURL(`${BASE_URL}/councils`);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Partner clients' }).click();
    await page.waitForURL(`${BASE_URL}/partner-clients`);
    await page.getByRole('table', { name: 'Partner clients' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Partner clients');
    expect(await page.title()).toBe('Partner clients – Sector Support');
    await expect(
      page.getByRole('table', { name: 'Partner clients' }).locator('tbody tr').filter({ hasText: 'solace-partner' }).textContent(),
    ).resolves.toMatch(/solace-partnerSolaceEnabledDefined in the realm file/);
    await expectNoAccessibilityViolations(page, 'the partner clients page');
  });

  it('says what is missing when nothing is chosen', async () => {
    await page.getByRole('button', { name: 'Onboard partner' }).click();
    await page.getByRole('link', { name: 'Choose the organisation to onboard' }).waitFor();
    await expectNoAccessibilityViolations(page, 'the onboarding form with an error');
  });

  it('onboards a partner and shows its secret once; the partner can then call the API', async () => {
    await page.getByLabel('Organisation').selectOption({ label: ORGANISATION });
    await page.getByRole('button', { name: 'Onboard partner' }).click();
    const panel = page.getByTestId('secret-panel');
    await panel.getByRole('heading', { name: `${ORGANISATION} is onboarded: its client secret is below` }).waitFor();
    await expect(panel.textContent()).resolves.toContain('It will not be shown again');
    await expect(page.getByTestId('new-client-id').textContent()).resolves.toBe(CLIENT_ID);
    firstSecret = await shownSecret(page);
    expect(firstSecret.length).toBeGreaterThan(16);
    await expectNoAccessibilityViolations(page, 'the new secret panel');

    expect(await partnerCanCallTheApi(firstSecret)).toBe(200);

    await panel.getByRole('button', { name: 'I have copied the secret' }).click();
    await panel.waitFor({ state: 'detached' });
    await expect(row(page).textContent()).resolves.toMatch(new RegExp(`${CLIENT_ID}${ORGANISATION}Enabled`));
    // Onboarded organisations are no longer offered.
    await expect(page.getByLabel('Organisation').locator('option').allTextContents()).resolves.not.toContain(ORGANISATION);
  });

  it('rotates the secret after asking: only the new one works', async () => {
    await row(page).getByRole('button', { name: `Rotate secret of ${CLIENT_ID}` }).click();
    const question = page.getByTestId('confirm-partner-change');
    await expect(question.textContent()).resolves.toContain('Its current secret stops working at once');
    await expectNoAccessibilityViolations(page, 'the rotation question');
    await question.getByRole('button', { name: 'Yes, rotate the secret' }).click();

    await page.getByTestId('secret-panel').getByRole('heading', { name: `New secret issued for ${CLIENT_ID}` }).waitFor();
    secondSecret = await shownSecret(page);
    expect(secondSecret).not.toBe(firstSecret);
    expect(await partnerCanCallTheApi(firstSecret)).toBe(401);
    expect(await partnerCanCallTheApi(secondSecret)).toBe(200);
    await page.getByRole('button', { name: 'I have copied the secret' }).click();
  });

  it('disables the client after asking, so that it gets no tokens, and enables it again', async () => {
    await row(page).getByRole('button', { name: `Disable ${CLIENT_ID}` }).click();
    await page.getByRole('button', { name: 'Yes, disable the client' }).click();
    await page.getByText(`${CLIENT_ID} is disabled: its requests for tokens are refused.`).waitFor();
    await expect(row(page).textContent()).resolves.toContain('Disabled');
    expect(await partnerCanCallTheApi(secondSecret)).not.toBe(200);
    await expectNoAccessibilityViolations(page, 'the list with a disabled client');

    await row(page).getByRole('button', { name: `Enable ${CLIENT_ID}` }).click();
    await page.getByText(`${CLIENT_ID} is enabled again: its current secret works.`).waitFor();
    await expect(row(page).textContent()).resolves.toContain('Enabled');
    expect(await partnerCanCallTheApi(secondSecret)).toBe(200);
  });
});

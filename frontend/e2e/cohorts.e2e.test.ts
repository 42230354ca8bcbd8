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

// A unique name, so the test may run again on the same database.
const STAMP = Date.now().toString(36);
const COHORT_NAME = `E2E NGDP cohort ${STAMP}`;
const HOST_COUNCIL = { gssCode: 'E06000047', name: 'County Durham' };

/** The text of a summary list row's value, by its key. */
async function summaryValue(page: Page, scope: string, key: string) {
  const row = page.locator(`${scope} .govuk-summary-list__row`).filter({
    has: page.locator('.govuk-summary-list__key', { hasText: new RegExp(`^${key}$`) }),
  });
  return (await row.locator('.govuk-summary-list__value').textContent())?.trim();
}

describe('Cohorts in a browser', () => {
  let session: Session;
  let page: Page;
  let cohortId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists cohorts', async () => {
    await page.goto(`${BASE_URL}/cohorts`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/cohorts`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cohorts');
    expect(await page.title()).toBe('Cohorts – Sector Support');
    await expectNoAccessibilityViolations(page, 'the cohorts list');
  });

  it('shows the error summary when the form is sent without a programme', async () => {
    await page.getByRole('button', { name: 'Record a cohort' }).click();
    await page.waitForURL(`${BASE_URL}/cohorts/new`);
    await page.getByRole('heading', { level: 1, name: 'Record a cohort' }).waitFor();
    await page.getByLabel('Programme').waitFor();
    await expectNoAccessibilityViolations(page, 'the new cohort form');

    await page.getByLabel('Name', { exact: true }).fill(COHORT_NAME);
    await page.getByLabel('Start date').fill('2025-09-01');
    await page.getByLabel('End date (optional)').fill('2025-08-01');
    await page.getByRole('button', { name: 'Save cohort' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#programme"]').count()).resolves.toBe(1);
    expect(await page.title()).toBe('Error: Record a cohort – Sector Support');
    await expectNoAccessibilityViolations(page, 'the new cohort form with errors');
  });

  it('records the cohort once the fields are put right', async () => {
    await page.getByLabel('Programme').selectOption('ngdp');
    await page.getByLabel('End date (optional)').fill('2027-08-31');
    await page.getByRole('button', { name: 'Save cohort' }).click();

    await page.waitForURL(/\/cohorts\/\d+$/);
    cohortId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: COHORT_NAME }).waitFor();
    expect(await summaryValue(page, '', 'Financial year')).toBe('2025-26');
    expect(await summaryValue(page, '[data-testid="cohort-figures"]', 'Participants')).toBe('0');
    await page.getByText('No one is enrolled yet.').waitFor();
    await expectNoAccessibilityViolations(page, 'the new cohort page');
  });

  it('enrols a participant from a host council and sees them on the cohort', async () => {
    const form = page.getByRole('form', { name: 'Enrol participant' });
    await chooseCouncil(page, 'Council', HOST_COUNCIL);
    await form.getByLabel('Role').selectOption('officer');
    await form.getByLabel('Sex').selectOption('female');
    await form.getByRole('button', { name: 'Enrol participant' }).click();

    await page.getByTestId('enrolment-added').waitFor();
    const enrolments = page.getByTestId('enrolments');
    const row = enrolments.locator('tbody tr').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/^par-[a-z2-7]{12}County DurhamOfficerEnrolled/);
    await page.getByTestId('cohort-councils').getByRole('link', { name: HOST_COUNCIL.name }).waitFor();
    await page
      .locator('[data-testid="cohort-figures"] .govuk-summary-list__row')
      .filter({ hasText: /^Participants1$/ })
      .waitFor();
    // The answer given is counted, never shown: one participant is fewer than 5, so withheld.
    const sex = page.getByRole('table', { name: 'Sex' });
    await expect(sex.textContent()).resolves.toContain('FemaleWithheld');
    await expectNoAccessibilityViolations(page, 'the cohort page with an enrolment');
  });

  it('changes the cohort with its form', async () => {
    await page.getByRole('link', { name: /Change\s*cohort details/ }).click();
    await page.waitForURL(`${BASE_URL}/cohorts/${cohortId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change cohort' }).waitFor();
    await page.getByLabel('Programme').waitFor();
    await expectNoAccessibilityViolations(page, 'the change cohort form');

    await page.getByLabel('End date (optional)').fill('2027-09-30');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${BASE_URL}/cohorts/${cohortId}`);
    await page.getByRole('heading', { level: 1, name: COHORT_NAME }).waitFor();
    await expect(summaryValue(page, '', 'End date')).resolves.toBe('30 September 2027');
  });

  it('finds the cohort on the list by name and by council', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Cohorts' }).click();
    await page.waitForURL(`${BASE_URL}/cohorts`);
    await page.getByLabel('Name contains').fill(STAMP);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/cohorts\?q=/);
    const search = new URL(page.url()).search;
    await page.locator(`[data-loaded-search="${search}"]`).waitFor({ state: 'attached' });
    const row = page.locator('table tbody tr').filter({ has: page.locator(`a[href="/cohorts/${cohortId}"]`) });
    await expect(row.textContent()).resolves.toContain('National Graduate Development Programme (Impact)2025-26');
    await expectNoAccessibilityViolations(page, 'the filtered cohorts list');

    await page.goto(`${BASE_URL}/cohorts?council=${HOST_COUNCIL.gssCode}&q=${STAMP}`);
    await page.locator(`[data-loaded-search="?council=${HOST_COUNCIL.gssCode}&q=${STAMP}"]`).waitFor({ state: 'attached' });
    await expect(page.locator(`table a[href="/cohorts/${cohortId}"]`).count()).resolves.toBe(1);
  });

  it('shows the cohort’s change history', async () => {
    await page.goto(`${BASE_URL}/cohorts/${cohortId}`);
    await page.getByRole('heading', { level: 1, name: COHORT_NAME }).waitFor();
    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}/cohorts/${cohortId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Change history' }).waitFor();
    expect(await page.title()).toBe(`Change history – Cohort ${cohortId} – Sector Support`);
    const table = page.getByRole('table', { name: 'Changes, oldest first' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain(`name: ${COHORT_NAME}`);
    expect(text).toContain('Details changed');
    expect(text).toContain('endDate: 2027-08-31 → 2027-09-30');
    expect(text).toContain('staff');
    await expectNoAccessibilityViolations(page, 'the cohort history page');
  });

  it('does not delete the cohort while a survey response is about it, and says why', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const survey = await callApi(page, 'POST', '/api/v1/survey-responses', {
      body: { subject: { type: 'cohort', id: cohortId }, respondentRole: 'officer', satisfaction: 4, submittedDate: today },
    });
    expect(survey.status).toBe(201);

    await page.getByRole('link', { name: 'Back to the cohort' }).click();
    await page.waitForURL(`${BASE_URL}/cohorts/${cohortId}`);
    await page.getByRole('button', { name: 'Delete cohort' }).click();
    const question = page.getByTestId('confirm-delete');
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain(`Delete the cohort “${COHORT_NAME}” and its 1 enrolment?`);
    await expectNoAccessibilityViolations(page, 'the delete cohort confirmation');
    await page.getByRole('button', { name: 'Yes, delete the cohort' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/survey response/);
    expect(new URL(page.url()).pathname).toBe(`/cohorts/${cohortId}`);
    await expectNoAccessibilityViolations(page, 'the delete cohort confirmation with the refusal');
    await page.getByRole('button', { name: 'Cancel' }).click();

    const id = (survey.body as { id: number }).id;
    const removed = await callApi(page, 'DELETE', `/api/v1/survey-responses/${id}`, { ifMatch: survey.etag ?? '' });
    expect(removed.status).toBe(204);
  });

  it('deletes the cohort with its enrolment after asking, back to the cohorts list with a success banner', async () => {
    await page.getByRole('button', { name: 'Delete cohort' }).click();
    await page.getByTestId('confirm-delete').waitFor();
    await page.getByRole('button', { name: 'Yes, delete the cohort' }).click();

    await page.waitForURL(`${BASE_URL}/cohorts`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Cohort deleted: ${COHORT_NAME}`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expectNoAccessibilityViolations(page, 'the cohorts list with the success banner');

    await page.goto(`${BASE_URL}/cohorts/${cohortId}`);
    await page.getByRole('heading', { level: 1, name: 'Cohort not found' }).waitFor();
    await page.goto(`${BASE_URL}/cohorts/${cohortId}/history`);
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').textContent()).resolves.toContain('Deleted');
  });
});

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

// The respondent is from Eastbourne (a current district in the South East). The test makes its own event, so it
// may run again on the same database.
const COUNCIL = { gssCode: 'E07000061', name: 'Eastbourne' };
const STAMP = Date.now().toString(36);
const EVENT_TITLE = `E2E Next Generation weekender ${STAMP}`;
const COMMENT = `A useful weekend (e2e ${STAMP})`;

/** A date `days` from today (UTC, as the app and the API count days). */
function date(days: number) {
  return new Date(Date.now() + days * 86_400_000);
}

function isoDate(days: number) {
  return date(days).toISOString().slice(0, 10);
}

/** Records an event through the API with the signed-in user's token: the survey response's subject. */
async function createEvent(page: Page): Promise<number> {
  const answer = await callApi(page, 'POST', '/api/v1/events', {
    body: { programme: 'next-generation', title: EVENT_TITLE, type: 'leadership-weekender', format: 'online', startDate: isoDate(-60) },
  });
  if (answer.status !== 201) throw new Error(`Creating an event: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { id: number }).id;
}

async function fillDate(page: Page, when: Date) {
  await page.getByLabel('Day', { exact: true }).fill(String(when.getUTCDate()));
  await page.getByLabel('Month', { exact: true }).fill(String(when.getUTCMonth() + 1));
  await page.getByLabel('Year', { exact: true }).fill(String(when.getUTCFullYear()));
}

describe('Survey responses in a browser', () => {
  let session: Session;
  let page: Page;
  let eventId: number;
  let responseId: number;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists survey responses with their figures', async () => {
    await page.goto(`${BASE_URL}/survey-responses`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/survey-responses`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Survey responses');
    expect(await page.title()).toBe('Survey responses – Sector Support');
    await page.getByTestId('survey-summary-headline').waitFor();
    await expect(
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Surveys' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expectNoAccessibilityViolations(page, 'the survey responses list');
  });

  it('opens the form for one subject and shows the API’s errors', async () => {
    eventId = await createEvent(page);
    await page.goto(
      `${BASE_URL}/survey-responses/new?subjectType=event&subjectId=${eventId}&subjectTitle=${encodeURIComponent(EVENT_TITLE)}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Record a survey response' }).waitFor();
    await expect(page.locator('#subjectId').textContent()).resolves.toContain(EVENT_TITLE);
    await expectNoAccessibilityViolations(page, 'the new survey response form');

    // No role, and a date in the future.
    await page.getByLabel('5 – Very satisfied').check();
    await fillDate(page, date(3));
    await page.getByRole('button', { name: 'Save survey response' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#respondentRole"]').textContent()).resolves.toBe('Respondent’s role is required');
    await expect(summary.locator('a[href="#submittedDate"]').textContent()).resolves.toBe(
      'Date submitted must not be in the future',
    );
    expect(await page.title()).toBe('Error: Record a survey response – Sector Support');
    await expectNoAccessibilityViolations(page, 'the new survey response form with errors');
  });

  it('records the response once it is put right', async () => {
    await page.getByLabel('Councillor', { exact: true }).check();
    await chooseCouncil(page, 'Council', COUNCIL);
    await page.getByRole('group', { name: 'Did it have a positive impact?' }).getByLabel('Yes', { exact: true }).check();
    await page.getByRole('group', { name: 'Would they recommend it to others?' }).getByLabel('No', { exact: true }).check();
    await page.getByLabel('Comment').fill(COMMENT);
    await fillDate(page, date(-1));
    await page.getByRole('button', { name: 'Save survey response' }).click();

    await page.waitForURL(/\/survey-responses\/\d+$/);
    responseId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByRole('heading', { level: 1, name: EVENT_TITLE }).waitFor();
    await expect(page.getByRole('link', { name: EVENT_TITLE }).getAttribute('href')).resolves.toBe(`/events/${eventId}`);
    const details = await page.locator('dl.govuk-summary-list').textContent();
    expect(details).toContain('5 – Very satisfied');
    expect(details).toContain(COMMENT);
    expect(details).toContain(`Council${COUNCIL.name}`);
    await expectNoAccessibilityViolations(page, 'the survey response page');
  });

  it('lists it for its subject with the summary figures', async () => {
    const search = `?subjectType=event&event=${eventId}`;
    await page.goto(`${BASE_URL}/survey-responses${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    await expect(page.getByTestId('survey-summary-headline').textContent()).resolves.toBe(
      '100 per cent of those who gave a score were satisfied (1 response).',
    );
    const figures = await page.getByTestId('survey-summary').textContent();
    expect(figures).toContain('Positive impact100% yes (1 of 1 who answered)');
    expect(figures).toContain('Would recommend0% yes (0 of 1 who answered)');
    await expect(page.locator(`table a[href="/survey-responses/${responseId}"]`).count()).resolves.toBe(1);
    await expect(page.getByTestId('results-summary').textContent()).resolves.toBe('Showing 1 to 1 of 1 survey response');
    await expectNoAccessibilityViolations(page, 'the survey responses list for one subject');
  });

  it('changes the response with the change form', async () => {
    await page.goto(`${BASE_URL}/survey-responses/${responseId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change survey response' }).waitFor();
    await expect(page.getByLabel('5 – Very satisfied').isChecked()).resolves.toBe(true);
    await expectNoAccessibilityViolations(page, 'the change survey response form');
    await page.getByLabel('3 – Neither satisfied nor dissatisfied').check();
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.waitForURL(`${BASE_URL}/survey-responses/${responseId}`);
    await page.locator('dl.govuk-summary-list').getByText('3 – Neither satisfied nor dissatisfied').waitFor();

    const search = `?subjectType=event&event=${eventId}`;
    await page.goto(`${BASE_URL}/survey-responses${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    await expect(page.getByTestId('survey-summary-headline').textContent()).resolves.toBe(
      '0 per cent of those who gave a score were satisfied (1 response).',
    );
  });

  it('shows the response’s change history', async () => {
    await page.goto(`${BASE_URL}/survey-responses/${responseId}`);
    await page.getByRole('heading', { level: 1, name: EVENT_TITLE }).waitFor();
    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}/survey-responses/${responseId}/history`);
    await page.getByRole('heading', { level: 1, name: 'Change history' }).waitFor();
    expect(await page.title()).toBe(`Change history – Survey response ${responseId} – Sector Support`);
    const table = page.getByRole('table', { name: 'Changes, oldest first' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain(`subject: event:${eventId}`);
    expect(text).toContain('Details changed');
    expect(text).toContain('satisfaction: 5 → 3');
    expect(text).toContain('staff');
    await expectNoAccessibilityViolations(page, 'the survey response history page');
  });

  it('deletes the response after asking, back to the list with a success banner', async () => {
    await page.getByRole('link', { name: 'Back to the survey response' }).click();
    await page.waitForURL(`${BASE_URL}/survey-responses/${responseId}`);
    await page.getByRole('button', { name: 'Delete survey response' }).click();
    const question = page.getByTestId('confirm-delete');
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain(`Delete survey response ${responseId} about “${EVENT_TITLE}”?`);
    await expectNoAccessibilityViolations(page, 'the delete survey response confirmation');
    await page.getByRole('button', { name: 'Yes, delete the survey response' }).click();

    await page.waitForURL(`${BASE_URL}/survey-responses`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Survey response ${responseId} deleted: ${EVENT_TITLE}`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expectNoAccessibilityViolations(page, 'the survey responses list with the success banner');

    // Gone from its subject's responses and figures; its history stays.
    const search = `?subjectType=event&event=${eventId}`;
    await page.goto(`${BASE_URL}/survey-responses${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    await expect(page.locator(`table a[href="/survey-responses/${responseId}"]`).count()).resolves.toBe(0);
    await page.goto(`${BASE_URL}/survey-responses/${responseId}`);
    await page.getByRole('heading', { level: 1, name: 'Survey response not found' }).waitFor();
    await page.goto(`${BASE_URL}/survey-responses/${responseId}/history`);
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').textContent()).resolves.toContain('Deleted');
  });
});

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

// A title no other run has used, so the test may run again on the same database.
const STAMP = Date.now().toString(36);
const TITLE = `E2E finance masterclass ${STAMP}`;
const DURHAM = { gssCode: 'E06000047', name: 'County Durham' };
const NEWCASTLE = { gssCode: 'E08000021', name: 'Newcastle upon Tyne' };

/** An ISO date `days` from today (UTC, as the app and the API count days). */
function isoDate(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The financial year of an ISO date, as the API writes it ("2024-25"). */
function financialYearOf(iso: string) {
  const [year, month] = iso.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The value next to a key in the figures summary list. */
async function figure(page: Page, key: string) {
  const row = page.getByTestId('event-figures').locator('.govuk-summary-list__row').filter({
    has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }),
  });
  return (await row.locator('dd').first().textContent())?.trim();
}

async function waitForFigure(page: Page, key: string, value: string) {
  await expect
    .poll(() => figure(page, key), { timeout: 15_000 })
    .toBe(value);
}

/** Fills the add-attendance form and waits for the booking to be confirmed. */
async function addAttendance(
  page: Page,
  council: { gssCode: string; name: string },
  role: string,
  attended: 'Yes, they attended' | 'No, booked only',
) {
  const form = page.getByRole('form', { name: 'Add attendance' });
  await chooseCouncil(page, 'Council', council);
  await form.getByLabel(role, { exact: true }).check();
  await form.getByLabel(attended, { exact: true }).check();
  await form.getByRole('button', { name: 'Add attendance' }).click();
  await page.getByTestId('attendance-added').waitFor();
}

describe('Events in a browser', () => {
  let session: Session;
  let page: Page;
  let eventPath: string;
  let surveyResponsePath: string;
  const startDate = isoDate(-10);

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.browser.close();
  });

  it('signs in as staff and lists events', async () => {
    await page.goto(`${BASE_URL}/events`);
    await signInOnKeycloak(page, 'staff', 'staff-demo');
    await page.waitForURL(`${BASE_URL}/events`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Events');
    expect(await page.title()).toBe('Events – Sector Support');
    await expect(
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Events' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expectNoAccessibilityViolations(page, 'the events list');
  });

  it('shows the error summary when the form breaks a rule', async () => {
    await page.getByRole('button', { name: 'Record an event' }).click();
    await page.waitForURL(`${BASE_URL}/events/new`);
    await page.getByRole('heading', { level: 1, name: 'Record an event' }).waitFor();
    await page.getByLabel('Programme').locator('option', { hasText: 'Leadership Essentials' }).waitFor({ state: 'attached' });
    await expectNoAccessibilityViolations(page, 'the new event form');

    await page.getByLabel('Programme').selectOption({ label: 'Leadership Essentials' });
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Type').selectOption('masterclass');
    await page.getByLabel('In person').check();
    await page.getByLabel('Start date').fill(startDate);
    // No region for an in-person event.
    await page.getByLabel('Capacity (optional)').fill('20');
    await page.getByRole('button', { name: 'Save event' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a[href="#region"]').textContent()).resolves.toBe(
      'Region is required for an in-person or hybrid event',
    );
    expect(await page.title()).toBe('Error: Record an event – Sector Support');
    expect(page.url()).toBe(`${BASE_URL}/events/new`);
    await expectNoAccessibilityViolations(page, 'the new event form with errors');
  });

  it('records the event once the region is given', async () => {
    await page.getByLabel('Region').selectOption('north-east');
    await page.getByRole('button', { name: 'Save event' }).click();

    await page.waitForURL(/\/events\/\d+$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await figure(page, 'Booked')).toBe('0');
    expect(await figure(page, 'Attended')).toBe('0');
    await page.getByTestId('attendances').getByText('No attendance has been recorded yet.').waitFor();
    await expectNoAccessibilityViolations(page, 'the event page');
  });

  it('adds two attendances, one attended and one booked only, and the figures follow', async () => {
    await addAttendance(page, DURHAM, 'Councillor', 'Yes, they attended');
    await waitForFigure(page, 'Booked', '1');
    await waitForFigure(page, 'Attended', '1');
    await waitForFigure(page, 'Councils represented', '1');

    await addAttendance(page, NEWCASTLE, 'Officer', 'No, booked only');
    await waitForFigure(page, 'Booked', '2');
    expect(await figure(page, 'Attended')).toBe('1');
    expect(await figure(page, 'Councils represented')).toBe('1');
    await expect(page.getByTestId('event-figures').textContent()).resolves.toContain('Councillor: 1');

    const table = page.getByRole('table', { name: /Bookings \(2\)/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toMatch(/County Durham.*Councillor.*Attended.*att-[a-z2-7]{12}/);
    await expect(rows.nth(1).textContent()).resolves.toMatch(/Newcastle upon Tyne.*Officer.*Booked only/);
    await expectNoAccessibilityViolations(page, 'the event page with attendances');
  });

  it('marks the booking as attended with the change form', async () => {
    const table = page.getByRole('table', { name: /Bookings/ });
    await table.locator('tbody tr').nth(1).getByRole('button', { name: /^Change/ }).click();
    const form = page.getByRole('form', { name: /^Change attendance/ });
    await form.getByLabel('Yes, they attended', { exact: true }).check();
    await expectNoAccessibilityViolations(page, 'the event page with the change attendance form');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await waitForFigure(page, 'Attended', '2');
    await waitForFigure(page, 'Councils represented', '2');
  });

  it('records a survey response from the event page, and shows it there', async () => {
    const surveys = page.getByTestId('subject-survey-responses');
    await surveys.getByRole('button', { name: 'Add a survey response' }).or(surveys.getByRole('link', { name: 'Add a survey response' })).click();
    await page.waitForURL(/\/survey-responses\/new\?/);
    await page.getByRole('heading', { level: 1, name: 'Record a survey response' }).waitFor();
    await expect(page.locator('#subjectId').textContent()).resolves.toContain(TITLE);
    await page.getByLabel('Councillor', { exact: true }).check();
    await chooseCouncil(page, 'Council', DURHAM);
    await page.getByLabel('4 – Satisfied').check();
    await page.getByRole('group', { name: 'Did it have a positive impact?' }).getByLabel('Yes', { exact: true }).check();
    const yesterday = new Date(Date.now() - 86_400_000);
    await page.getByLabel('Day', { exact: true }).fill(String(yesterday.getUTCDate()));
    await page.getByLabel('Month', { exact: true }).fill(String(yesterday.getUTCMonth() + 1));
    await page.getByLabel('Year', { exact: true }).fill(String(yesterday.getUTCFullYear()));
    await page.getByRole('button', { name: 'Save survey response' }).click();

    await page.waitForURL(/\/survey-responses\/\d+$/);
    surveyResponsePath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/events\/\d+$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The page may show what it read before the response was saved, until its fresh read arrives.
    await surveys
      .getByTestId('survey-summary-headline')
      .filter({ hasText: '100 per cent of those who gave a score were satisfied (1 response).' })
      .waitFor();
    await expect(surveys.getByRole('table').textContent()).resolves.toContain('County Durham');
    await expectNoAccessibilityViolations(page, 'the event page with its survey response');
  });

  it('changes the event with the form', async () => {
    await page.getByRole('link', { name: 'Change capacity' }).click();
    await page.waitForURL(/\/events\/\d+\/edit$/);
    await page.getByRole('heading', { level: 1, name: 'Change event' }).waitFor();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(TITLE);
    await expectNoAccessibilityViolations(page, 'the change event form');
    await page.getByLabel('Capacity (optional)').fill('25');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await page.waitForURL(/\/events\/\d+$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(page.locator('dl.govuk-summary-list').nth(1).textContent()).resolves.toContain('25 places');
    expect(await figure(page, 'Booked')).toBe('2');
  });

  it('finds the event by its filters on the list', async () => {
    const search = `?financialYear=${financialYearOf(startDate)}&programme=leadership-essentials&region=north-east&type=masterclass&format=in-person`;
    await page.goto(`${BASE_URL}/events${search}`);
    await page.locator(`[data-loaded-search="${search}"]`).waitFor();
    const link = page.getByRole('table').getByRole('link', { name: TITLE });
    await link.waitFor();
    await expect(page.getByLabel('Programme').inputValue()).resolves.toBe('leadership-essentials');
    await expectNoAccessibilityViolations(page, 'the filtered events list');
  });

  it('shows the event’s change history', async () => {
    await page.getByRole('table').getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/events\/\d+$/);
    eventPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('link', { name: 'See who changed what, and when' }).click();
    await page.waitForURL(`${BASE_URL}${eventPath}/history`);
    await page.getByRole('heading', { level: 1, name: 'Change history' }).waitFor();
    expect(await page.title()).toBe(`Change history – Event ${eventPath.split('/').pop()} – Sector Support`);
    const table = page.getByRole('table', { name: 'Changes, oldest first' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Recorded');
    expect(text).toContain(`title: ${TITLE}`);
    expect(text).toContain('Details changed');
    expect(text).toContain('capacity: 20 → 25');
    expect(text).toContain('staff');
    await expectNoAccessibilityViolations(page, 'the event history page');
  });

  it('deletes the event after asking, back to the events list with a success banner', async () => {
    await page.getByRole('link', { name: 'Back to the event' }).click();
    await page.waitForURL(`${BASE_URL}${eventPath}`);
    await page.getByRole('button', { name: 'Delete event' }).click();
    const question = page.getByTestId('confirm-delete');
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain(`Delete the event “${TITLE}” and its 2 attendance records?`);
    await expectNoAccessibilityViolations(page, 'the delete event confirmation');
    await page.getByRole('button', { name: 'Yes, delete the event' }).click();

    // Its survey response would be lost, so the API refuses (409) and the page says why.
    const problem = page.locator('.govuk-error-summary');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('1 survey response(s)');
    await expectNoAccessibilityViolations(page, 'the event page refusing the delete');
    const response = await callApi(page, 'GET', `/api/v1${surveyResponsePath}`);
    const removed = await callApi(page, 'DELETE', `/api/v1${surveyResponsePath}`, {
      ifMatch: response.etag ?? '',
    });
    expect(removed.status).toBe(204);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Delete event' }).click();
    await page.getByTestId('confirm-delete').waitFor();
    await page.getByRole('button', { name: 'Yes, delete the event' }).click();

    await page.waitForURL(`${BASE_URL}/events`);
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain(`Event deleted: ${TITLE}`);
    await page.locator('[data-loaded-search=""]').waitFor();
    await expectNoAccessibilityViolations(page, 'the events list with the success banner');

    await page.goto(`${BASE_URL}${eventPath}`);
    await page.getByRole('heading', { level: 1, name: 'Event not found' }).waitFor();
    await page.goto(`${BASE_URL}${eventPath}/history`);
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('table').textContent()).resolves.toContain('Deleted');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { importSummary, organisationPage } from '@/testing/import-fixtures';
import { renderRoute } from '@/testing/test-utils';

import { NewImportRoute } from './import-new';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['staff'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(roles.current) }, isAuthenticated: true }),
}));

const CSV = '\uFEFFexternalId,programme,title,type,format,startDate,region\r\nSB-1,springboard,Launch,webinar,online,2025-06-12,\r\n';

function posts() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => request.method === 'POST');
}

function api(onPost: () => Response) {
  fetchMock.mockImplementation(async (request) =>
    request.method === 'POST'
      ? onPost()
      : new URL(request.url).pathname === '/api/v1/organisations'
        ? jsonResponse(organisationPage())
        : jsonResponse({}, 404),
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText('Organisation'), 'Solace');
  await user.selectOptions(screen.getByLabelText('Dataset'), 'Events');
  await user.click(screen.getByLabelText('Partial'));
  await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'events.csv', { type: 'text/csv' }));
}

describe('NewImportRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['staff'];
  });

  it('sends the file’s bytes as CSV for the organisation, dataset and mode, then shows the import', async () => {
    api(() => jsonResponse(importSummary({ received: 1, rejected: 0, errors: [] })));
    const user = userEvent.setup();
    const { router } = renderRoute(<NewImportRoute />, { route: '/imports/new', url: '/imports/new' });

    const organisation = await screen.findByLabelText('Organisation');
    expect(within(organisation).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose an organisation',
      'LGA',
      'Solace',
    ]);
    expect(screen.getByLabelText('All or nothing')).toBeChecked();
    await fillIn(user);
    await user.click(screen.getByLabelText('Dry run'));
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/imports/4127'));
    const [request] = posts();
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/v1/imports/events');
    expect(Object.fromEntries(url.searchParams)).toEqual({ organisation: 'solace', mode: 'partial', dryRun: 'true' });
    expect(request.headers.get('Content-Type')).toBe('text/csv');
    const body = new Uint8Array(await request.arrayBuffer());
    // The bytes as in the file, byte-order mark and CRLF kept.
    expect(Array.from(body.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)).toBe(CSV);
  });

  it('lands a large file, accepted as a job (202), on the import’s page too', async () => {
    api(() => jsonResponse(importSummary({ id: 4128, status: 'running', received: 6000, processed: 0 }), 202));
    const user = userEvent.setup();
    const { router } = renderRoute(<NewImportRoute />, { route: '/imports/new', url: '/imports/new' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/imports/4128'));
    expect(new URL(posts()[0].url).searchParams.get('dryRun')).toBe('false');
  });

  it('names what is missing before sending anything', async () => {
    api(() => jsonResponse({}, 500));
    const user = userEvent.setup();
    renderRoute(<NewImportRoute />, { url: '/imports/new' });

    await screen.findByLabelText('Organisation');
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Organisation is required: choose whose records the rows are', '#organisation'],
      ['Dataset is required: choose what the rows are', '#dataset'],
      ['CSV file is required: choose the file to upload', '#file'],
    ]);
    expect(screen.getByLabelText('CSV file')).toHaveClass('govuk-file-upload--error');
    expect(document.title).toBe('Error: Upload a CSV file – Sector Support');
    expect(posts()).toHaveLength(0);
  });

  it.each([
    [413, 'Payload Too Large', 'The push has 100,001 rows; at most 100,000 are taken.'],
    [415, 'Unsupported Media Type', 'The body must be JSON, NDJSON or CSV.'],
    [429, 'Too Many Requests', 'At most 60 pushes a minute; try again in 12 seconds.'],
  ])('shows a %i problem with the error summary and stays on the form', async (status, title, detail) => {
    api(() => problemResponse(status, { title, detail }));
    const user = userEvent.setup();
    const { router } = renderRoute(<NewImportRoute />, { route: '/imports/new', url: '/imports/new' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(detail);
    expect(router.state.location.pathname).toBe('/imports/new');
    expect(document.title).toBe('Error: Upload a CSV file – Sector Support');
  });

  it('puts the API’s field errors on the fields', async () => {
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid parameters.',
        errors: [{ field: 'organisation', message: 'there is no organisation nobody' }],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<NewImportRoute />, { route: '/imports/new', url: '/imports/new' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Organisation there is no organisation nobody' })).toHaveAttribute(
      'href',
      '#organisation',
    );
    expect(screen.getByLabelText('Organisation')).toHaveClass('govuk-select--error');
  });

  it('is not for analysts', async () => {
    roles.current = ['analyst'];
    api(() => jsonResponse({}, 403));
    renderRoute(<NewImportRoute />, { url: '/imports/new' });

    expect(
      await screen.findByText('Only LGA staff and administrators can upload files for a partner organisation.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload' })).not.toBeInTheDocument();
  });
});

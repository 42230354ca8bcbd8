import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { catalogue, programmePage } from '@/testing/extract-fixtures';
import { accessToken, jsonResponse, problemResponse } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ExtractRoute } from './extracts-dataset';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

const roles = vi.hoisted(() => ({ current: ['analyst'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    user: { access_token: accessToken(roles.current), profile: { preferred_username: 'analyst' } },
    isAuthenticated: true,
  }),
}));

const TOKEN = vi.hoisted(() => 'token-for-the-extract');
vi.mock('@/lib/auth', () => ({ getAccessToken: async () => TOKEN }));

const WATERMARK = '2026-12-03T10:15:30.123Z';
const CSV = 'id,council,satisfaction,submittedDate,deleted,deletedAt\n4471,E06000047,5,2024-06-14,false,\n';
const API = 'http://api.test/api/v1/extracts';

type Pull = (url: URL) => Response;

/** The catalogue and programmes as the API gives them; `pull` answers the extract itself. */
function api(pull: Pull = () => new Response(CSV, { headers: { 'Content-Type': 'text/csv', 'Extract-Watermark': WATERMARK } })) {
  fetchMock.mockImplementation(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/extracts') return jsonResponse(catalogue());
    if (url.pathname === '/api/v1/programmes') return jsonResponse(programmePage());
    if (url.pathname.startsWith('/api/v1/extracts/')) return pull(url);
    return jsonResponse({}, 404);
  });
}

function pulls() {
  return fetchMock.mock.calls.map(([request]) => request).filter((request) => new URL(request.url).pathname.startsWith('/api/v1/extracts/'));
}

/** Lends jsdom the object URLs it lacks, and catches the saving link's click. */
function catchDownloads() {
  const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:extract');
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const saved = () =>
    clicked.mock.contexts
      .map((anchor) => anchor as HTMLAnchorElement)
      .filter((anchor) => anchor.href === 'blob:extract')
      .map((anchor) => anchor.download);
  return { createObjectURL, saved };
}

const curl = () => screen.getByTestId('curl-command').textContent;

describe('ExtractRoute', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    roles.current = ['analyst'];
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows the dataset, the filters that apply to it, its curl command, how to get a token and its columns', async () => {
    api();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses' });

    expect(await screen.findByText('Feedback on events, peer challenges, engagements and cohorts')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Survey responses' })).toBeInTheDocument();
    expect(document.title).toBe('Survey responses – Extracts – Sector Support');
    const summary = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(summary).toEqual([
      ['Rows', '5,609'],
      ['Last changed', '30 November 2026 at 9:15am'],
      ['Changes only', 'Yes: give the watermark of your last download to get only what changed since'],
      ['Filters', 'Financial year, Programme, Theme, Region, Council GSS code'],
      ['In the API', 'GET /api/v1/extracts/survey-responses'],
    ]);

    const form = screen.getByRole('form', { name: 'Download' });
    expect(within(form).getAllByRole('combobox').map((field) => field.getAttribute('name'))).toEqual([
      'financialYear',
      'programme',
      'theme',
      'region',
    ]);
    expect(within(form).getByLabelText('Council GSS code')).toHaveValue('');
    expect(within(form).getByLabelText('Changed since (optional)')).toHaveValue('');
    expect(await within(form).findByRole('option', { name: 'Springboard' })).toHaveValue('springboard');
    expect(within(form).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Download CSV',
      'Download NDJSON',
      'Download JSON',
    ]);

    expect(curl()).toBe(
      `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o survey-responses.csv '${API}/survey-responses?format=csv'`,
    );
    expect(screen.getByRole('radio', { name: 'CSV' })).toBeChecked();
    expect(screen.getByRole('link', { name: 'how to get a token' })).toHaveAttribute('href', '#get-a-token');
    expect(screen.getByTestId('token-command').textContent).toBe(
      [
        "read -rsp 'Password: ' PASSWORD; echo",
        "TOKEN=$(curl -s -d grant_type=password -d client_id=sector-support-cli -d username='analyst' \\",
        `  --data-urlencode "password=$PASSWORD" 'http://localhost:8180/realms/sector-support/protocol/openid-connect/token' | jq -r .access_token)`,
      ].join('\n'),
    );
    expect(screen.getByRole('link', { name: 'analyst guide' })).toHaveAttribute('href', '/extracts/guide');

    const columns = screen.getByRole('table', { name: 'Columns of survey responses (4)' });
    expect(within(columns).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Column',
      'Type',
      'What it holds',
    ]);
    const satisfaction = within(columns).getAllByRole('row')[3];
    expect(within(satisfaction).getByRole('rowheader')).toHaveTextContent('satisfaction');
    expect(within(satisfaction).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'integer',
      '1 very dissatisfied to 5 very satisfied',
    ]);
    expect(pulls()).toHaveLength(0);
  });

  it('downloads the filtered rows as CSV with the bearer token, names the file after them and shows the watermark', async () => {
    const { createObjectURL, saved } = catchDownloads();
    api();
    const user = userEvent.setup();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses' });

    await user.selectOptions(await screen.findByLabelText('Financial year'), '2024-25');
    await user.selectOptions(screen.getByLabelText('Region'), 'London');
    await user.type(screen.getByLabelText('Council GSS code'), 'e09000033');
    const query = 'format=csv&financialYear=2024-25&region=london&council=E09000033';
    // The command follows the form as it is filled in.
    expect(curl()).toBe(
      `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o survey-responses-2024-25-london-E09000033.csv '${API}/survey-responses?${query}'`,
    );

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    const result = await screen.findByTestId('download-result');
    const [request] = pulls();
    expect(request.url).toBe(`${API}/survey-responses?${query}`);
    expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(await createObjectURL.mock.calls[0][0].text()).toBe(CSV);
    expect(saved()).toEqual(['survey-responses-2024-25-london-E09000033.csv']);
    expect(result).toHaveTextContent(`Downloaded survey-responses-2024-25-london-E09000033.csv (${CSV.length} bytes)`);
    expect(within(result).getByTestId('watermark')).toHaveTextContent(WATERMARK);
  });

  it('takes the watermark as "changed since", so the next download has only the changes', async () => {
    const { saved } = catchDownloads();
    api((url) =>
      new Response(url.searchParams.get('format') === 'ndjson' ? '{"id":4470,"deleted":true}\n' : CSV, {
        headers: { 'Extract-Watermark': WATERMARK },
      }),
    );
    const user = userEvent.setup();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses?financialYear=2024-25' });

    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await user.click(await screen.findByRole('button', { name: 'Use it as “Changed since”' }));
    const since = screen.getByLabelText('Changed since (optional)');
    expect(since).toHaveValue(WATERMARK);
    expect(since).toHaveFocus();
    expect(curl()).toContain(`?format=csv&financialYear=2024-25&updatedSince=${encodeURIComponent(WATERMARK)}'`);

    await user.click(screen.getByRole('button', { name: 'Download NDJSON' }));
    await waitFor(() => expect(pulls()).toHaveLength(2));
    expect(Object.fromEntries(new URL(pulls()[1].url).searchParams)).toEqual({
      format: 'ndjson',
      financialYear: '2024-25',
      updatedSince: WATERMARK,
    });
    await waitFor(() => expect(saved()).toHaveLength(2));
    expect(saved()[1]).toBe('survey-responses-2024-25-changes-since-2026-12-03T101530123Z.ndjson');
    // The command now asks for the format last downloaded.
    expect(screen.getByRole('radio', { name: 'NDJSON' })).toBeChecked();
    expect(curl()).toContain('?format=ndjson&');
  });

  it('shows the API’s problem with a filter in the error summary, linked to the field', async () => {
    const { createObjectURL } = catchDownloads();
    api(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: 'The request has invalid parameters.',
        errors: [{ field: 'updatedSince', message: 'must be the Extract-Watermark of an earlier pull, such as 2026-11-30T09:15:02.417Z' }],
      }),
    );
    const user = userEvent.setup();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses' });

    await user.type(await screen.findByLabelText('Changed since (optional)'), 'yesterday');
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));

    const summary = await screen.findByRole('alert');
    const message = 'Changed since must be the Extract-Watermark of an earlier pull, such as 2026-11-30T09:15:02.417Z';
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#updatedSince');
    expect(summary.parentElement).toHaveFocus();
    expect(screen.getByLabelText('Changed since (optional)')).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
    expect(document.title).toBe('Error: Survey responses – Extracts – Sector Support');
    expect(new URL(pulls()[0].url).searchParams.get('updatedSince')).toBe('yesterday');
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(screen.queryByTestId('download-result')).not.toBeInTheDocument();
  });

  it('asks for a GSS code rather than pulling no rows for a council the API cannot know', async () => {
    api();
    const user = userEvent.setup();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses' });

    await user.type(await screen.findByLabelText('Council GSS code'), 'Cumbria{Enter}');

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Council GSS code must be a GSS code, a letter and 8 digits such as E06000047',
      }),
    ).toHaveAttribute('href', '#council');
    expect(pulls()).toHaveLength(0);
  });

  it('offers only the filters that apply, and drops from the URL those that do not', async () => {
    api();
    renderRoute(<ExtractRoute />, {
      route: '/extracts/:dataset',
      url: '/extracts/councils?financialYear=2024-25&region=london&format=json&updatedSince=2026-11-30T09:15:02.417Z',
    });

    const form = await screen.findByRole('form', { name: 'Download' });
    expect(within(form).getAllByRole('combobox').map((field) => field.getAttribute('name'))).toEqual(['region']);
    expect(within(form).getByLabelText('Region')).toHaveValue('london');
    expect(within(form).queryByLabelText('Changed since (optional)')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Council GSS code')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'JSON' })).toBeChecked();
    expect(curl()).toBe(
      `curl -sS --compressed -H "Authorization: Bearer $TOKEN" -o councils-london.json '${API}/councils?format=json&region=london'`,
    );
  });

  it('says when no filters apply', async () => {
    api();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/organisations' });

    const form = await screen.findByRole('form', { name: 'Download' });
    expect(within(form).getByText('No filters apply: this dataset always comes whole.')).toBeInTheDocument();
    expect(within(form).queryAllByRole('combobox')).toHaveLength(0);
    expect(within(form).queryAllByRole('textbox')).toHaveLength(0);
  });

  it('copies the command', async () => {
    api();
    const user = userEvent.setup();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses?theme=finance' });

    await user.click(await screen.findByRole('button', { name: 'Copy the command' }));

    expect(await screen.findByText('Command copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(curl());
    expect(curl()).toContain('?format=csv&theme=finance');
  });

  it('says when there is no such dataset', async () => {
    api();
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/peer-reviews' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dataset not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no dataset called peer-reviews.')).toBeInTheDocument();
    expect(document.title).toBe('Dataset not found – Extracts – Sector Support');
  });

  it('tells staff the page is for analysts, without asking the API', () => {
    roles.current = ['staff'];
    renderRoute(<ExtractRoute />, { route: '/extracts/:dataset', url: '/extracts/survey-responses' });

    expect(screen.getByRole('alert')).toHaveTextContent('Only analysts and administrators can download extracts.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

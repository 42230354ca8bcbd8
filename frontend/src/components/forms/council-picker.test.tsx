import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { jsonResponse } from '@/testing/fixtures';

import { CouncilPicker } from './council-picker';

const fetchMock = vi.hoisted(() => {
  const mock = vi.fn<(request: Request) => Promise<Response>>();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

function hiddenValue(container: HTMLElement) {
  return (container.querySelector('input[type="hidden"][name="council"]') as HTMLInputElement).value;
}

describe('CouncilPicker', () => {
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () =>
      jsonResponse({
        items: [
          { gssCode: 'E06000063', name: 'Cumberland' },
          { gssCode: 'E10000006', name: 'Cumbria', endDate: '2023-03-31' },
        ],
        page: 1,
        size: 10,
        totalItems: 2,
        totalPages: 1,
      }),
    );
  });

  it('searches councils by name, including ended ones, and submits the chosen GSS code', async () => {
    const user = userEvent.setup();
    const { container } = render(<CouncilPicker id="council" name="council" label="Council" />);
    await user.type(screen.getByLabelText('Council'), 'Cumb');

    await screen.findByText('Cumbria (E10000006, ended 2023)');
    const url = new URL(fetchMock.mock.calls.at(-1)![0].url);
    expect(url.pathname).toBe('/api/v1/councils');
    expect(url.searchParams.get('q')).toBe('Cumb');
    expect(url.searchParams.get('status')).toBe('all');

    await user.click(screen.getByText('Cumberland (E06000063)'));
    await waitFor(() => expect(hiddenValue(container)).toBe('E06000063'));
    expect(screen.getByLabelText('Council')).toHaveValue('Cumberland (E06000063)');

    await user.clear(screen.getByLabelText('Council'));
    expect(hiddenValue(container)).toBe('');
  });

  it('starts with the recorded council and shows an error against the field', () => {
    const { container } = render(
      <CouncilPicker
        id="council"
        name="council"
        label="Council"
        error="there is no council with GSS code E0"
        defaultCouncil={{ gssCode: 'E07000079', name: 'Cotswold' }}
      />,
    );
    expect(screen.getByLabelText('Council')).toHaveValue('Cotswold (E07000079)');
    expect(screen.getByLabelText('Council')).toHaveClass('govuk-input--error');
    expect(hiddenValue(container)).toBe('E07000079');
    expect(screen.getByText('there is no council with GSS code E0')).toBeInTheDocument();
  });
});

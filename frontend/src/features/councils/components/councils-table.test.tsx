import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { councilPage, councilSummary, cumbria } from '@/testing/fixtures';

import { CouncilsTable, resultsSummary } from './councils-table';

describe('CouncilsTable', () => {
  it('renders one row per council from an API page', () => {
    const page = councilPage([councilSummary(), cumbria]);
    render(
      <MemoryRouter>
        <CouncilsTable councils={page.items ?? []} caption="Current and ended councils" fromSearch="?q=Cumb" />
      </MemoryRouter>,
    );

    const table = screen.getByRole('table', { name: 'Current and ended councils' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Name', 'GSS code', 'Type', 'Region', 'Status']);

    const [, cumberland, cumbriaRow] = within(table).getAllByRole('row');
    expect(within(cumberland).getByRole('link', { name: 'Cumberland' })).toHaveAttribute(
      'href',
      '/councils/E06000063',
    );
    expect(cumberland).toHaveTextContent('E06000063');
    expect(cumberland).toHaveTextContent('Unitary authority');
    expect(cumberland).toHaveTextContent('North West');
    expect(cumberland).toHaveTextContent('CurrentFrom 1 April 2023');

    expect(cumbriaRow).toHaveTextContent('Cumbria');
    expect(cumbriaRow).toHaveTextContent('Ended1 April 1974 to 31 March 2023');
  });
});

describe('resultsSummary', () => {
  it('says which councils are shown', () => {
    expect(resultsSummary(1, 25, 25, 317)).toBe('Showing 1 to 25 of 317 councils');
    expect(resultsSummary(13, 25, 17, 317)).toBe('Showing 301 to 317 of 317 councils');
    expect(resultsSummary(1, 25, 1, 1)).toBe('Showing 1 to 1 of 1 council');
    expect(resultsSummary(1, 25, 0, 0)).toBe('No councils match these filters.');
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { renderRoute } from '@/testing/test-utils';

import { coverageEntries } from '../lib/coverage-entries';
import { coverageByCouncil, HEXES } from '../testing/fixtures';
import { CoverageList } from './coverage-list';
import { CoverageMap } from './coverage-map';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderMap() {
  const coverage = coverageByCouncil();
  const entries = coverageEntries(coverage, HEXES);
  const result = renderRoute(
    <>
      <CoverageMap coverage={coverage} entries={entries} hexes={HEXES} listId="coverage-list" />
      <CoverageList entries={entries} id="coverage-list" />
    </>,
    { url: '/coverage/map', route: '/coverage/map', others: [{ path: '/councils/:gssCode', element: <Where /> }] },
  );
  return { ...result, user: userEvent.setup() };
}

const hex = (name: RegExp) => within(screen.getByTestId('hex-map')).getByRole('link', { name });
const details = () => within(screen.getByTestId('coverage-details'));

describe('CoverageMap', () => {
  it('colours each hex by its band, hatches none recorded, and leaves a hex with no council blank', () => {
    renderMap();
    const fill = (name: RegExp) => hex(name).querySelector('polygon')?.getAttribute('fill');
    expect(fill(/^Hartlepool/)).toBe('#1d4f91');
    expect(fill(/^Middlesbrough/)).toBe('#5ab4e5');
    expect(fill(/^Redcar and Cleveland/)).toBe('#f0a830');
    expect(fill(/^Stockton-on-Tees/)).toMatch(/^url\(#hex-hatch-/);
    expect(hex(/^Stockton-on-Tees/)).toHaveAttribute('data-band', 'none');
    expect(hex(/^Westmorland and Furness/)).toHaveAttribute('data-band', 'within-5-years');

    const map = screen.getByTestId('hex-map');
    expect(within(map).getAllByRole('link')).toHaveLength(5);
    expect(map.querySelector('[data-code="E06000063"]')).toHaveAttribute('aria-hidden', 'true');

    const legend = within(screen.getByTestId('coverage-legend'));
    expect(legend.getByText('Within 2 years')).toBeInTheDocument();
    expect(legend.getByText('(3 councils)')).toBeInTheDocument();   // 2 to 5: Allerdale, Middlesbrough, Westmorland
    expect(legend.getByText('Not a council on this date')).toBeInTheDocument();
  });

  it('names each hex with its council, band and last CPC or FPC', () => {
    renderMap();
    expect(hex(/^Hartlepool/)).toHaveAccessibleName(
      'Hartlepool: within 2 years. Corporate Peer Challenge, 14 March 2024, 1.3 years ago',
    );
    expect(hex(/^Westmorland/)).toHaveAccessibleName(
      'Westmorland and Furness: 2 to 5 years. Corporate Peer Challenge of South Lakeland (which it replaced), ' +
        '10 March 2022, 3.3 years ago',
    );
    expect(hex(/^Stockton/)).toHaveAccessibleName('Stockton-on-Tees: no CPC or FPC recorded');
    expect(screen.getByTestId('hex-map')).toHaveAccessibleName(
      'England’s councils by years since their last CPC or FPC, to 30 June 2025',
    );
  });

  it('shows a council’s details while the pointer is on its hex', async () => {
    const { user } = renderMap();
    expect(details().getByText(/Point to a council on the map/)).toBeInTheDocument();

    await user.hover(hex(/^Middlesbrough/));
    expect(details().getByRole('heading', { name: 'Middlesbrough' })).toBeInTheDocument();
    expect(details().getByRole('link', { name: 'Finance Peer Challenge, 20 January 2021' })).toHaveAttribute(
      'href',
      '/peer-challenges/43',
    );
    expect(details().getByText('4.4 years ago')).toBeInTheDocument();
    expect(details().getByText('2 to 5 years')).toBeInTheDocument();

    await user.hover(hex(/^Stockton/));
    expect(details().getByRole('heading', { name: 'Stockton-on-Tees' })).toBeInTheDocument();
    expect(details().getAllByText('None recorded').length).toBeGreaterThan(0);
  });

  it('is one Tab stop: Tab comes to the first hex and shows its details, the arrow keys move on', async () => {
    const { user } = renderMap();
    const map = screen.getByTestId('hex-map');
    expect(map.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    screen.getByRole('link', { name: 'Skip the map: every council in a list' }).focus();
    await user.tab();
    expect(hex(/^Hartlepool/)).toHaveFocus();
    expect(details().getByRole('heading', { name: 'Hartlepool' })).toBeInTheDocument();
    expect(details().getByText('1.3 years ago')).toBeInTheDocument();
    expect(map.querySelector('.app-hex-map__focus')).not.toBeNull();

    await user.keyboard('{ArrowRight}');
    expect(hex(/^Middlesbrough/)).toHaveFocus();
    expect(details().getByRole('heading', { name: 'Middlesbrough' })).toBeInTheDocument();
    expect(hex(/^Middlesbrough/)).toHaveAttribute('tabindex', '0');
    expect(hex(/^Hartlepool/)).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{ArrowDown}');   // Cumberland's hex is blank on this date: on to Westmorland and Furness
    expect(hex(/^Westmorland/)).toHaveFocus();
    expect(details().getByText(/of South Lakeland \(which it replaced\)/)).toBeInTheDocument();

    await user.keyboard('{ArrowUp}');
    expect(hex(/^Redcar/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(hex(/^Hartlepool/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(hex(/^Westmorland/)).toHaveFocus();

    // Tab leaves the map (to the details' links), and Shift+Tab comes back to the hex last moved to.
    await user.tab();
    expect(map).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(hex(/^Westmorland/)).toHaveFocus();
  });

  it('opens a council’s page with Enter', async () => {
    const { user } = renderMap();
    hex(/^Redcar/).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('where')).toHaveTextContent('/councils/E06000003');
  });

  it('opens a council’s page with a click', async () => {
    const { user } = renderMap();
    await user.click(hex(/^Middlesbrough/));
    expect(await screen.findByTestId('where')).toHaveTextContent('/councils/E06000002');
  });

  it('lists the councils without a hex beside the map, with their details on hover or focus', async () => {
    const { user } = renderMap();
    const counties = within(screen.getByTestId('county-councils'));
    expect(counties.getByRole('link', { name: 'West Sussex' })).toHaveAttribute('href', '/councils/E10000032');
    expect(counties.getByText(/Over 5 years: 1 May 2019/)).toBeInTheDocument();
    const combined = within(screen.getByTestId('combined-authorities'));
    expect(combined.getByRole('link', { name: 'Greater Manchester' })).toBeInTheDocument();
    expect(combined.getByText('None recorded')).toBeInTheDocument();
    const others = within(screen.getByTestId('councils-off-map'));
    expect(others.getByRole('link', { name: 'Allerdale' })).toBeInTheDocument();

    await user.hover(counties.getByRole('link', { name: 'West Sussex' }));
    expect(details().getByRole('heading', { name: 'West Sussex' })).toBeInTheDocument();
    fireEvent.focus(combined.getByRole('link', { name: 'Greater Manchester' }));
    expect(details().getByRole('heading', { name: 'Greater Manchester' })).toBeInTheDocument();
  });
});

describe('CoverageList', () => {
  it('lists every council in a table per band, with the same data as the map', () => {
    renderMap();
    const list = within(screen.getByTestId('coverage-list'));
    expect(list.getByRole('heading', { name: 'Every council by years since its last CPC or FPC' })).toBeInTheDocument();

    const table = (caption: RegExp) => list.getByRole('table', { name: caption });
    const names = (caption: RegExp) =>
      within(table(caption))
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(names(/^Within 2 years \(1 council\)/)).toEqual(['Hartlepool']);
    expect(names(/^2 to 5 years \(3 councils\)/)).toEqual(['Allerdale', 'Middlesbrough', 'Westmorland and Furness']);
    expect(names(/^Over 5 years \(2 councils\)/)).toEqual(['Redcar and Cleveland', 'West Sussex']);
    expect(names(/^None recorded \(2 councils\)/)).toEqual(['Greater Manchester', 'Stockton-on-Tees']);

    const westmorland = within(table(/^2 to 5 years/)).getByRole('row', { name: /Westmorland and Furness/ });
    expect(westmorland).toHaveTextContent('Unitary authority');
    expect(westmorland).toHaveTextContent('North West');
    expect(westmorland).toHaveTextContent('10 March 2022, Corporate Peer Challenge');
    expect(westmorland).toHaveTextContent('South Lakeland’s, which it replaced');
    expect(westmorland).toHaveTextContent('3.3 years ago');
  });
});

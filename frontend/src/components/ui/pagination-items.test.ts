import { describe, expect, it } from 'vitest';

import { getPaginationItems, type PaginationItem } from './pagination-items';

/** Renders items as GOV.UK shows them: "1 … 6 [7] 8 … 42". */
function show(items: PaginationItem[]) {
  return items
    .map((item) => (item.type === 'ellipsis' ? '…' : item.current ? `[${item.number}]` : String(item.number)))
    .join(' ');
}

describe('getPaginationItems', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 2, '[1] 2'],
    [2, 3, '1 [2] 3'],
    [1, 13, '[1] 2 … 13'],
    [2, 13, '1 [2] 3 … 13'],
    [3, 13, '1 2 [3] 4 … 13'],
    [4, 13, '1 2 3 [4] 5 … 13'],
    [5, 13, '1 … 4 [5] 6 … 13'],
    [7, 42, '1 … 6 [7] 8 … 42'],
    [10, 13, '1 … 9 [10] 11 12 13'],
    [13, 13, '1 … 12 [13]'],
  ])('page %i of %i shows %s', (page, totalPages, expected) => {
    expect(show(getPaginationItems(page, totalPages))).toBe(expected);
  });

  it('shows nothing when there are no pages', () => {
    expect(getPaginationItems(1, 0)).toEqual([]);
  });

  it('clamps a page beyond the end to the last page', () => {
    expect(show(getPaginationItems(99, 3))).toBe('1 2 [3]');
  });
});

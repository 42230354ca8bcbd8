import { describe, expect, it } from 'vitest';

import { HEXES } from '../testing/fixtures';
import { ENGLAND_HEXES } from './coverage-entries';
import { layoutHexes, neighbour, type Direction, type PlacedHex } from './hex-layout';

const layout = layoutHexes(HEXES, 10, 0);
const at = (code: string) => layout.hexes.find((hex) => hex.code === code) as PlacedHex;
const move = (code: string, direction: Direction, hexes = layout.hexes) => neighbour(hexes, at(code), direction)?.code;

describe('layoutHexes', () => {
  it('draws odd-r rows north at the top, odd rows half a hex right, in reading order', () => {
    const width = Math.sqrt(3) * 10;
    expect(at('E06000001')).toMatchObject({ y: 10 });   // r = 1 is the northern row
    expect(at('E06000004')).toMatchObject({ y: 25 });   // rows 1.5 radii apart
    expect(at('E06000001').x - at('E06000004').x).toBeCloseTo(width / 2, 1);
    expect(layout.hexes.map((hex) => hex.code)).toEqual([
      'E06000001',
      'E06000002',
      'E06000003',
      'E06000004',
      'E06000063',
      'E06000064',
    ]);
    expect(layout.width).toBeCloseTo(3.5 * width, 1);
    expect(layout.height).toBe(35);
  });

  it('places England’s 296 hexes with no two in the same place', () => {
    const england = layoutHexes(ENGLAND_HEXES);
    expect(england.hexes).toHaveLength(296);
    expect(new Set(england.hexes.map((hex) => `${hex.x},${hex.y}`)).size).toBe(296);
    expect(ENGLAND_HEXES.every((hex) => /^E0[6-9]\d{6}$/.test(hex.code))).toBe(true);
    // The 2023 reorganisations, one hex each.
    for (const code of ['E06000063', 'E06000064', 'E06000065', 'E06000066']) {
      expect(ENGLAND_HEXES.some((hex) => hex.code === code)).toBe(true);
    }
  });
});

describe('neighbour', () => {
  it('moves left and right along a row, and nowhere past its end', () => {
    expect(move('E06000001', 'right')).toBe('E06000002');
    expect(move('E06000002', 'left')).toBe('E06000001');
    expect(move('E06000001', 'left')).toBeUndefined();
  });

  it('moves up and down to the nearest hex across, and back again', () => {
    expect(move('E06000004', 'up')).toBe('E06000001');
    expect(move('E06000001', 'down')).toBe('E06000004');   // a tie going down goes left
    expect(move('E06000063', 'up')).toBe('E06000002');     // a tie going up goes right
    expect(move('E06000002', 'down')).toBe('E06000063');
    expect(move('E06000001', 'up')).toBeUndefined();
  });

  it('moves across a gap to the next hex there is', () => {
    const withoutCumberland = layout.hexes.filter((hex) => hex.code !== 'E06000063');
    expect(move('E06000004', 'right', withoutCumberland)).toBe('E06000064');
    expect(move('E06000002', 'down', withoutCumberland)).toBe('E06000064');
  });
});

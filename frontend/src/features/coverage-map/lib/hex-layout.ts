/** A hex of an "odd-r" HexJSON layout: pointy-topped, odd rows shifted half a hex right, rows counted northwards. */
export type Hex = { code: string; name: string; q: number; r: number };

export type PlacedHex = Hex & { x: number; y: number; points: string };

export type HexLayout = { hexes: PlacedHex[]; width: number; height: number; radius: number };

export type Direction = 'left' | 'right' | 'up' | 'down';

const SQRT3 = Math.sqrt(3);

/** The corners of a pointy-topped hex of `radius` centred on (x, y), as an SVG `points` list. */
export function hexPoints(x: number, y: number, radius: number): string {
  return Array.from({ length: 6 }, (_, corner) => {
    const angle = (Math.PI / 180) * (60 * corner - 30);
    return `${round(x + radius * Math.cos(angle))},${round(y + radius * Math.sin(angle))}`;
  }).join(' ');
}

/**
 * Places every hex in SVG units: north at the top, a margin of `margin` all round. The hexes come back in reading
 * order (north to south, then west to east), which is the order they are drawn, tabbed to and read out in.
 */
export function layoutHexes(hexes: Hex[], radius = 10, margin = radius): HexLayout {
  if (hexes.length === 0) return { hexes: [], width: 0, height: 0, radius };
  const width = SQRT3 * radius;
  const column = (hex: Hex) => hex.q + (hex.r % 2 !== 0 ? 0.5 : 0);
  const minColumn = Math.min(...hexes.map(column));
  const maxColumn = Math.max(...hexes.map(column));
  const minRow = Math.min(...hexes.map((hex) => hex.r));
  const maxRow = Math.max(...hexes.map((hex) => hex.r));
  const placed = hexes
    .map((hex) => {
      const x = round(margin + width / 2 + (column(hex) - minColumn) * width);
      const y = round(margin + radius + (maxRow - hex.r) * 1.5 * radius);
      return { ...hex, x, y, points: hexPoints(x, y, radius) };
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return {
    hexes: placed,
    width: round(2 * margin + (maxColumn - minColumn + 1) * width),
    height: round(2 * margin + 2 * radius + (maxRow - minRow) * 1.5 * radius),
    radius,
  };
}

/**
 * The hex an arrow key moves to: left and right along the same row (the nearest in that direction, across any gap);
 * up and down to the nearest row that has a hex in that direction, its hex nearest across. Where two are equally
 * near, up takes the one to the right and down the one to the left, so up then down comes back.
 */
export function neighbour(hexes: PlacedHex[], from: PlacedHex, direction: Direction): PlacedHex | undefined {
  const epsilon = 0.01;
  let best: PlacedHex | undefined;
  let bestScore: [number, number] | undefined;
  for (const hex of hexes) {
    if (hex === from) continue;
    const dx = hex.x - from.x;
    const dy = hex.y - from.y;
    let score: [number, number] | undefined;
    if (direction === 'left' || direction === 'right') {
      if (Math.abs(dy) > epsilon) continue;
      if (direction === 'left' ? dx >= 0 : dx <= 0) continue;
      score = [Math.abs(dx), 0];
    } else {
      if (direction === 'up' ? dy >= -epsilon : dy <= epsilon) continue;
      // Ties across go right when moving up and left when moving down.
      const bias = direction === 'up' ? -dx : dx;
      score = [Math.abs(dy), Math.abs(dx) + (bias > 0 ? epsilon / 10 : 0)];
    }
    if (!bestScore || score[0] < bestScore[0] - epsilon || (Math.abs(score[0] - bestScore[0]) <= epsilon && score[1] < bestScore[1])) {
      best = hex;
      bestScore = score;
    }
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

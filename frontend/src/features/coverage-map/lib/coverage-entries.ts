import type { CouncilCoverage, CoverageByCouncil } from '../api/get-coverage-by-council';
import hexData from '../data/hexes.json';
import { BANDS, bandOf, type Band } from './bands';
import type { Hex } from './hex-layout';

/** A council with the band its last CPC or FPC puts it in. */
export type CoverageEntry = CouncilCoverage & { band: Band };

export type CoverageEntries = {
  /** Every council, by name (as the API gives them). */
  all: CoverageEntry[];
  /** The councils that have a hex, by GSS code. */
  onMap: Map<string, CoverageEntry>;
  counties: CoverageEntry[];
  /** Combined authorities and the Greater London Authority. */
  combinedAuthorities: CoverageEntry[];
  /** District-level and unitary councils the 2023 layout has no hex for (e.g. Allerdale on a date before 2023). */
  otherCouncils: CoverageEntry[];
  /** Hexes of no council on the date (e.g. Cumberland before April 2023). */
  emptyHexes: Set<string>;
  byBand: Record<Band, CoverageEntry[]>;
};

/** England's 296 hexes (Open Innovations, MIT; see data/README.md). */
export const ENGLAND_HEXES: Hex[] = Object.entries(
  (hexData as { hexes: Record<string, { n: string; q: number; r: number }> }).hexes,
).map(([code, hex]) => ({ code, name: hex.n, q: hex.q, r: hex.r }));

export function coverageEntries(coverage: CoverageByCouncil, hexes: Hex[] = ENGLAND_HEXES): CoverageEntries {
  const hexCodes = new Set(hexes.map((hex) => hex.code));
  const all = coverage.councils.map((council) => ({
    ...council,
    band: bandOf(council.lastCpcOrFpcDate, coverage.asOf, coverage.windowStart),
  }));
  const onMap = new Map(all.filter((entry) => hexCodes.has(entry.council.gssCode)).map((e) => [e.council.gssCode, e]));
  const offMap = all.filter((entry) => !onMap.has(entry.council.gssCode));
  const byBand = Object.fromEntries(BANDS.map(({ band }) => [band, [] as CoverageEntry[]])) as Record<
    Band,
    CoverageEntry[]
  >;
  for (const entry of all) byBand[entry.band].push(entry);
  const isCombined = (entry: CoverageEntry) =>
    entry.type === 'combined-authority' || entry.type === 'strategic-authority';
  return {
    all,
    onMap,
    counties: offMap.filter((entry) => entry.type === 'county'),
    combinedAuthorities: offMap.filter(isCombined),
    otherCouncils: offMap.filter((entry) => entry.type !== 'county' && !isCombined(entry)),
    emptyHexes: new Set(hexes.filter((hex) => !onMap.has(hex.code)).map((hex) => hex.code)),
    byBand,
  };
}

import { useId } from 'react';

import { bandInfo, type Band, type BandInfo } from '../lib/bands';
import { hexPoints } from '../lib/hex-layout';

/** An SVG id from React's useId, safe inside `url(#…)`. */
export function useSvgId(prefix: string) {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The diagonal hatching drawn over a band that must not depend on colour alone. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
      <rect width="4" height="4" fill={colour} />
      <line x1="0" y1="0" x2="0" y2="4" stroke="#ffffff" strokeWidth="1.6" />
    </pattern>
  );
}

export function bandFill(info: BandInfo, hatchId: string) {
  return info.hatched ? `url(#${hatchId})` : info.colour;
}

/** A small hex in a band's colour (decorative: the band's name is always written beside it). */
export function BandSwatch({ band, empty = false }: { band?: Band; empty?: boolean }) {
  const hatchId = useSvgId('swatch-hatch');
  const info = band ? bandInfo(band) : undefined;
  return (
    <svg className="app-band-swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {info?.hatched ? (
        <defs>
          <HatchPattern id={hatchId} colour={info.colour} />
        </defs>
      ) : null}
      <polygon
        points={hexPoints(10, 10, 9)}
        fill={empty || !info ? '#ffffff' : bandFill(info, hatchId)}
        stroke={empty || !info ? '#505a5f' : '#ffffff'}
        strokeDasharray={empty ? '2 1.5' : undefined}
        strokeWidth="1"
      />
    </svg>
  );
}

import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import { BANDS, bandInfo } from '../lib/bands';
import type { CoverageEntry } from '../lib/coverage-entries';
import { accessibleName } from '../lib/describe';
import { neighbour, type Direction, type HexLayout } from '../lib/hex-layout';
import { HatchPattern, bandFill, useSvgId } from './band-swatch';

const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

type HexMapProps = {
  layout: HexLayout;
  /** The councils on the map, by GSS code; a hex with none is drawn blank. */
  entries: Map<string, CoverageEntry>;
  /** The council shown in the details: outlined on the map. */
  activeCode: string | undefined;
  /** The pointer or the keyboard came to a council. */
  onActivate: (gssCode: string) => void;
  labelledBy: string;
  describedBy: string;
};

/**
 * England's councils as hexes, coloured by band. Each council's hex is a link to its page with an accessible name
 * that says its band and last CPC or FPC. The map is one stop in the Tab order (the last hex moved to, or the first);
 * the arrow keys move between hexes, Home and End to the first and last, and Enter opens the council's page.
 */
export function HexMap({ layout, entries, activeCode, onActivate, labelledBy, describedBy }: HexMapProps) {
  const navigate = useNavigate();
  const hatchId = useSvgId('hex-hatch');
  const councils = useMemo(() => layout.hexes.filter((hex) => entries.has(hex.code)), [layout, entries]);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const [focused, setFocused] = useState<string | undefined>(undefined);
  // The hexes' links (SVG <a> elements, typed as React types every <a>).
  const links = useRef(new Map<string, { focus: () => void }>());
  const tabStop = current && entries.has(current) ? current : councils[0]?.code;

  const moveTo = (code: string | undefined) => {
    if (!code) return;
    setCurrent(code);
    links.current.get(code)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const from = councils.find((hex) => hex.code === focused);
    if (!from) return;
    const direction = KEYS[event.key];
    if (direction) {
      event.preventDefault();
      moveTo(neighbour(councils, from, direction)?.code);
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveTo(councils[0]?.code);
    } else if (event.key === 'End') {
      event.preventDefault();
      moveTo(councils[councils.length - 1]?.code);
    } else if (event.key === 'Enter' && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      // Not every browser follows an SVG link on Enter; follow it here, once, in all of them.
      event.preventDefault();
      void navigate(paths.council.getHref(from.code));
    }
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };

  const active = layout.hexes.find((hex) => hex.code === activeCode && entries.has(hex.code));
  const focusedHex = layout.hexes.find((hex) => hex.code === focused);
  const hatched = BANDS.find((info) => info.hatched);

  return (
    <svg
      className="app-hex-map"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      data-testid="hex-map"
    >
      <defs>{hatched ? <HatchPattern id={hatchId} colour={hatched.colour} /> : null}</defs>
      {layout.hexes.map((hex) => {
        const entry = entries.get(hex.code);
        if (!entry) {
          return (
            <polygon
              key={hex.code}
              points={hex.points}
              className="app-hex-map__empty"
              fill="#ffffff"
              stroke="#505a5f"
              strokeWidth="0.6"
              strokeDasharray="2 1.5"
              aria-hidden="true"
              data-code={hex.code}
            />
          );
        }
        const href = paths.council.getHref(hex.code);
        return (
          <a
            key={hex.code}
            href={href}
            ref={(element: HTMLAnchorElement | null) => {
              if (element) links.current.set(hex.code, element);
              else links.current.delete(hex.code);
            }}
            className="app-hex-map__hex"
            tabIndex={hex.code === tabStop ? 0 : -1}
            aria-label={accessibleName(entry)}
            data-code={hex.code}
            data-band={entry.band}
            onClick={(event) => onClick(event, href)}
            onMouseEnter={() => onActivate(hex.code)}
            onFocus={() => {
              setFocused(hex.code);
              setCurrent(hex.code);
              onActivate(hex.code);
            }}
            onBlur={() => setFocused((code) => (code === hex.code ? undefined : code))}
          >
            <polygon points={hex.points} fill={bandFill(bandInfo(entry.band), hatchId)} stroke="#ffffff" strokeWidth="1" />
          </a>
        );
      })}
      {active && active.code !== focusedHex?.code ? (
        <polygon
          points={active.points}
          className="app-hex-map__active"
          fill="none"
          stroke="#0b0c0c"
          strokeWidth="2.5"
          pointerEvents="none"
          aria-hidden="true"
        />
      ) : null}
      {focusedHex ? (
        <g className="app-hex-map__focus" pointerEvents="none" aria-hidden="true">
          <polygon points={focusedHex.points} fill="none" stroke="#0b0c0c" strokeWidth="5" />
          <polygon points={focusedHex.points} fill="none" stroke="#ffdd00" strokeWidth="2.5" />
        </g>
      ) : null}
    </svg>
  );
}

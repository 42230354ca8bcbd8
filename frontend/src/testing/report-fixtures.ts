import type { Metric } from '@/features/metrics/api/get-metrics';
import type { AnnualReport } from '@/features/reports/api/get-annual-report';
import type { FigureRecord, FigureRecordPage } from '@/features/reports/api/get-figure-records';
import type { PeerChallengeReport } from '@/features/reports/api/get-peer-challenge-report';
import type { ReportSnapshot, SnapshotDiff } from '@/features/reports/api/snapshots';
import type { ReportFigure } from '@/features/reports/lib/format-figure';

// As the API gives them: absent optional fields are left out, as the API leaves them out.

export function figure(overrides: Partial<ReportFigure> = {}): ReportFigure {
  return {
    metricKey: 'councils-engaged-in-cpc-fpc-gpc',
    metricVersion: 1,
    label: 'Councils engaged in a CPC, FPC or GPC',
    kind: 'councils-engaged',
    unit: 'councils',
    value: 67,
    previousValue: 61,
    sentence: '67 councils engaged in a corporate, finance or governance peer challenge',
    ...overrides,
  };
}

/** The year's report; each figure's value is `base + offset` where `offset` is the year's distance from 2024-25. */
export function annualReport(year = '2024-25', overrides: Partial<AnnualReport> = {}): AnnualReport {
  const shift = Number(year.slice(0, 4)) - 2024;
  return {
    financialYear: year,
    councils: 'as-at',
    councilsNote: 'Councils as they were in the financial year',
    generatedAt: '2026-11-30T09:15:02Z',
    sections: [
      {
        title: 'Peer challenge',
        figures: [
          figure({ value: 67 + shift, previousValue: 66 + shift }),
          figure({
            metricKey: 'peer-challenges-delivered',
            label: 'Corporate, finance and governance peer challenges delivered',
            kind: 'record-count',
            unit: 'records',
            value: 64 + shift,
            previousValue: 63 + shift,
            target: 70,
            met: false,
            sentence: `${64 + shift} corporate, finance and governance peer challenges were delivered`,
          }),
          figure({
            metricKey: 'peer-challenge-reports-published-within-5-months',
            label: 'Reports and action plans published within five months',
            kind: 'peer-challenge-percentage',
            unit: 'per-cent',
            value: 99.6,
            numerator: 249,
            denominator: 250,
            previousValue: 82.1,
            target: 90,
            met: true,
            sentence: '99.6 per cent of councils published their peer challenge report and action plan within five months',
          }),
          figure({
            metricKey: 'peer-days',
            label: 'Days given by peers, and the saving to the sector',
            kind: 'days-sum',
            unit: 'days',
            value: 1500,
            estimatedSaving: 1_500_000,
            previousValue: 1430.5,
            sentence: 'Peers gave 1,500 days to peer challenges, saving the sector c. £1.5 million',
          }),
          figure({
            metricKey: 'officer-peers-female',
            label: 'Officer peers who identified as female',
            kind: 'attribute-share',
            unit: 'per-cent',
            value: 52,
            numerator: 52,
            denominator: 100,
            previousValue: 50.5,
            sentence: '52 per cent of officer peers identified as female',
            note: 'From self-reported data; published in aggregate only',
          }),
        ],
      },
      {
        title: 'Leadership',
        figures: [
          figure({
            metricKey: 'next-generation-delegates-satisfied',
            label: 'Next Generation delegates satisfied',
            kind: 'survey-percentage',
            unit: 'per-cent',
            numerator: 0,
            denominator: 0,
            value: undefined,
            previousValue: undefined,
            sentence: undefined,
            note: `No figure: nothing to take a percentage of in ${year}`,
          }),
        ],
      },
    ],
    deliverables: [
      {
        id: 12,
        programme: { id: 'corporate-peer-challenge', name: 'Corporate Peer Challenge', theme: 'peer-challenge', themeLabel: 'Peer challenge' },
        statement: 'Deliver 70 corporate, finance and governance peer challenges',
        metricKey: 'peer-challenges-delivered',
        targetValue: 70,
        targetUnit: 'count',
        value: 64,
        progress: 91.4,
        met: false,
      },
      {
        id: 13,
        programme: { id: 'next-generation', name: 'Next Generation', theme: 'governance-and-leadership', themeLabel: 'Governance and leadership' },
        statement: '95 per cent of Next Generation delegates satisfied',
        metricKey: 'next-generation-delegates-satisfied',
        targetValue: 95,
        targetUnit: 'per-cent',
        value: 97.8,
        progress: 100,
        met: true,
      },
    ],
    eventsByTheme: [{ theme: 'governance-and-leadership', themeLabel: 'Governance and leadership', events: 412, delegates: 9310 }],
    ...overrides,
  };
}

export function figureRecord(overrides: Partial<FigureRecord> = {}): FigureRecord {
  return {
    ref: 'council:E06000063',
    type: 'council',
    id: 'E06000063',
    date: '2024-10-14',
    label: 'Cumberland',
    council: { gssCode: 'E06000063', name: 'Cumberland' },
    records: 2,
    ...overrides,
  };
}

export function recordPage(items: FigureRecord[], overrides: Partial<FigureRecordPage> = {}): FigureRecordPage {
  return { items, page: 1, size: 25, totalItems: items.length, totalPages: 1, ...overrides };
}

export function snapshot(overrides: Partial<ReportSnapshot> = {}): ReportSnapshot {
  return {
    id: 3,
    financialYear: '2024-25',
    councils: 'as-at',
    takenAt: '2025-05-02T09:30:00Z',
    takenBy: 'staff',
    note: 'As published in the 2024-25 annual report',
    figures: [
      {
        metricKey: 'councils-engaged-in-cpc-fpc-gpc',
        metricVersion: 1,
        label: 'Councils engaged in a CPC, FPC or GPC',
        unit: 'councils',
        value: 67,
        sentence: '67 councils engaged in a corporate, finance or governance peer challenge',
        records: 67,
      },
      {
        metricKey: 'peer-challenge-reports-published-within-5-months',
        metricVersion: 1,
        label: 'Reports and action plans published within five months',
        unit: 'per-cent',
        value: 82.1,
        numerator: 46,
        denominator: 56,
        records: 56,
      },
    ],
    ...overrides,
  };
}

export function snapshotDiff(overrides: Partial<SnapshotDiff> = {}): SnapshotDiff {
  return {
    snapshotId: 3,
    financialYear: '2024-25',
    takenAt: '2025-05-02T09:30:00Z',
    recomputedAt: '2026-11-30T09:15:02Z',
    unchangedFigures: 22,
    figures: [
      {
        metricKey: 'councils-engaged-in-cpc-fpc-gpc',
        label: 'Councils engaged in a CPC, FPC or GPC',
        metricVersionThen: 1,
        metricVersionNow: 1,
        valueThen: 67,
        valueNow: 68,
        change: 1,
        addedCount: 1,
        removedCount: 0,
        changedCount: 1,
        added: ['council:E06000063'],
        removed: [],
        changed: ['council:E07000079'],
      },
      {
        metricKey: 'peer-challenge-reports-published-within-5-months',
        label: 'Reports and action plans published within five months',
        metricVersionThen: 1,
        metricVersionNow: 2,
        valueThen: 82.1,
        valueNow: 77.6,
        change: -4.5,
        addedCount: 0,
        removedCount: 2,
        changedCount: 0,
        added: [],
        removed: ['peer-challenge:1402'],
        changed: [],
      },
    ],
    ...overrides,
  };
}

export function peerChallengeReport(overrides: Partial<PeerChallengeReport> = {}): PeerChallengeReport {
  return {
    financialYear: '2024-25',
    councils: 'as-at',
    byType: [
      { type: 'cpc', typeLabel: 'Corporate Peer Challenge', count: 41 },
      { type: 'cpc-progress-review', typeLabel: 'CPC progress review', count: 46 },
    ],
    councilsEngaged: 67,
    progressReviews: 46,
    councilsWithProgressReview: 46,
    firstTimeCpcs: 13,
    publishedWithinFiveMonths: { numerator: 41, denominator: 41, percentage: 100 },
    satisfied: { numerator: 96, denominator: 100, percentage: 96 },
    positiveImpact: { numerator: 0, denominator: 0 },
    peerDays: 1500,
    estimatedSaving: 1_500_000,
    peerDiversity: {
      peers: 312,
      bySex: [
        { value: 'female', count: 160, withheld: false },
        { value: 'male', count: 148, withheld: false },
        { value: 'prefer-not-to-say', withheld: true },
      ],
      byEthnicGroup: [
        { value: 'white', count: 280, withheld: false },
        { value: 'mixed', withheld: true },
      ],
      byKind: [
        { value: 'member', count: 150, withheld: false },
        { value: 'officer', count: 162, withheld: false },
      ],
    },
    coverageByRegion: [{ region: 'north-west', councils: 39, covered: 33, percentage: 84.6 }],
    coverageByType: [{ type: 'unitary', councils: 62, covered: 50, percentage: 80.6 }],
    ...overrides,
  };
}

export function metric(overrides: Partial<Metric> = {}): Metric {
  return {
    key: 'councils-engaged-in-cpc-fpc-gpc',
    label: 'Councils engaged in a CPC, FPC or GPC',
    section: 'Peer challenge',
    position: 10,
    kind: 'councils-engaged',
    kindLabel: 'Distinct councils engaged',
    unit: 'councils',
    definition: { activity: 'peer-challenge', peerChallengeTypes: ['cpc', 'fpc', 'gpc'] },
    sentence: '{value} councils engaged in a corporate, finance or governance peer challenge',
    version: 1,
    updatedAt: '2026-11-30T09:15:02Z',
    ...overrides,
  };
}

import { SummaryList } from '@/components/ui/summary-list';
import { Table } from '@/components/ui/table';
import { councilTypeLabel, ETHNIC_GROUPS, regionLabel, SEXES } from '@/lib/reference-data';

import type { PeerChallengeCoverage, PeerChallengeReport, PeerDiversityGroup, Share } from '../api/get-peer-challenge-report';
import { formatPerCent, formatSaving, formatWhole } from '../lib/format-figure';

const DIVERSITY_LABELS: Record<string, string> = {
  ...Object.fromEntries([...SEXES, ...ETHNIC_GROUPS].map((option) => [option.value, option.text])),
  'not-reported': 'Not reported',
  member: 'Member peers (councillors)',
  officer: 'Officer peers',
};

/** "45 of 58 (78 per cent)", or "none to take a percentage of". */
export function shareText(share: Share): string {
  if (share.percentage === undefined) return 'No figure: none to take a percentage of';
  return `${formatPerCent(share.percentage)} (${formatWhole(share.numerator)} of ${formatWhole(share.denominator)})`;
}

/** A count, or "fewer than 5" where it is withheld to protect the people it counts. */
export function diversityCount(group: PeerDiversityGroup): string {
  return group.withheld || group.count === undefined ? 'fewer than 5' : formatWhole(group.count);
}

function DiversityTable({ caption, groups }: { caption: string; groups: PeerDiversityGroup[] }) {
  return (
    <Table<PeerDiversityGroup>
      caption={caption}
      captionSize="s"
      rows={groups}
      rowKey={(group) => group.value}
      columns={[
        { header: 'Answer', rowHeader: true, cell: (group) => DIVERSITY_LABELS[group.value] ?? group.value },
        { header: 'Peers', numeric: true, cell: diversityCount },
      ]}
    />
  );
}

function CoverageTable({ caption, rows, by }: { caption: string; rows: PeerChallengeCoverage[]; by: 'region' | 'type' }) {
  return (
    <Table<PeerChallengeCoverage>
      caption={caption}
      captionSize="s"
      rows={rows}
      rowKey={(row) => (by === 'region' ? (row.region ?? '') : (row.type ?? ''))}
      columns={[
        {
          header: by === 'region' ? 'Region' : 'Council type',
          rowHeader: true,
          cell: (row) => (by === 'region' ? regionLabel(row.region) : councilTypeLabel(row.type)),
        },
        { header: 'Councils', numeric: true, cell: (row) => formatWhole(row.councils) },
        { header: 'With a CPC or FPC', numeric: true, cell: (row) => formatWhole(row.covered) },
        { header: 'Per cent', numeric: true, cell: (row) => (row.percentage === undefined ? '' : formatPerCent(row.percentage)) },
      ]}
    />
  );
}

/** The peer challenge annual report: counts by type, headline figures, peer days, diversity in aggregate, coverage. */
export function PeerChallengeReportView({ report }: { report: PeerChallengeReport }) {
  const year = report.financialYear;
  const end = `31 March ${Number(year.slice(0, 4)) + 1}`;
  return (
    <>
      <h2 className="govuk-heading-m">Headline figures</h2>
      <SummaryList
        rows={[
          { key: 'Councils engaged in a CPC, FPC or GPC', value: formatWhole(report.councilsEngaged) },
          { key: 'CPC progress reviews', value: formatWhole(report.progressReviews) },
          { key: 'Councils with a CPC progress review', value: formatWhole(report.councilsWithProgressReview) },
          { key: 'Councils having their first CPC', value: formatWhole(report.firstTimeCpcs) },
          { key: 'Report and action plan published within five months', value: shareText(report.publishedWithinFiveMonths) },
          { key: 'Councils satisfied', value: shareText(report.satisfied) },
          { key: 'Councils saying it had a positive impact', value: shareText(report.positiveImpact) },
          {
            key: 'Peer days',
            value: `${formatWhole(report.peerDays)} days${
              report.estimatedSaving === undefined ? '' : `, saving the sector ${formatSaving(report.estimatedSaving)}`
            }`,
          },
        ]}
      />

      <Table
        caption={`Peer challenges delivered in ${year}, by type`}
        captionSize="m"
        rows={report.byType}
        rowKey={(row) => row.type}
        columns={[
          { header: 'Type', rowHeader: true, cell: (row) => row.typeLabel },
          { header: 'Delivered', numeric: true, cell: (row) => formatWhole(row.count) },
        ]}
      />

      <h2 className="govuk-heading-m">Peers’ diversity</h2>
      <p className="govuk-body">
        {formatWhole(report.peerDiversity.peers)} peers served on the year’s teams. These figures come from what peers chose
        to tell us about themselves and are given in aggregate only: a count from 1 to 4 is shown as “fewer than 5”.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DiversityTable caption="Peers by sex" groups={report.peerDiversity.bySex} />
          <DiversityTable caption="Peers by kind" groups={report.peerDiversity.byKind} />
        </div>
        <div className="govuk-grid-column-one-half">
          <DiversityTable caption="Peers by ethnic group" groups={report.peerDiversity.byEthnicGroup} />
        </div>
      </div>

      <h2 className="govuk-heading-m">Coverage</h2>
      <p className="govuk-body">
        Principal councils that had a Corporate or Finance Peer Challenge in the five years to {end}. Every council is
        expected to have one at least once every five years.
      </p>
      <CoverageTable caption={`Coverage by region, five years to ${end}`} rows={report.coverageByRegion} by="region" />
      <CoverageTable caption={`Coverage by council type, five years to ${end}`} rows={report.coverageByType} by="type" />
    </>
  );
}

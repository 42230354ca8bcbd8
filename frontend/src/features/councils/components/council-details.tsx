import { Link } from 'react-router';

import { SummaryList } from '@/components/ui/summary-list';
import { paths } from '@/config/paths';
import { formatDate, formatDateRange } from '@/lib/format-date';

import type { CouncilDetail, CouncilRef } from '../api/get-council';
import { CouncilStatus } from './council-status';
import type { CouncilLinkState } from './councils-table';

type LinkProps = { fromSearch?: string };

function CouncilLink({ council, fromSearch }: { council: CouncilRef } & LinkProps) {
  return (
    <Link
      className="govuk-link"
      to={paths.council.getHref(council.gssCode ?? '')}
      state={{ fromSearch } satisfies CouncilLinkState}
    >
      {council.name}
    </Link>
  );
}

function OptionalCouncil({ council, fromSearch }: { council?: CouncilRef | null } & LinkProps) {
  return council ? <CouncilLink council={council} fromSearch={fromSearch} /> : <>None</>;
}

function CouncilRefList({ councils, fromSearch }: { councils: CouncilRef[] } & LinkProps) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {councils.map((council) => {
        const period = formatDateRange(council.startDate, council.endDate);
        return (
          <li key={council.gssCode}>
            <CouncilLink council={council} fromSearch={fromSearch} /> ({council.gssCode}
            {period ? `, ${period}` : ''})
          </li>
        );
      })}
    </ul>
  );
}

export function CouncilDetails({ council, fromSearch }: { council: CouncilDetail } & LinkProps) {
  const predecessors = council.predecessors ?? [];
  const successors = council.successors ?? [];
  const notRecorded = 'Not recorded';
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Official name', value: council.officialName || council.name },
          { key: 'GSS code', value: council.gssCode },
          { key: 'Local authority code', value: council.localAuthorityCode || notRecorded },
          { key: 'Type', value: council.typeLabel ?? council.type },
          { key: 'Region', value: council.regionLabel ?? council.region },
          { key: 'Nation', value: council.nationLabel ?? council.nation },
          { key: 'Start date', value: formatDate(council.startDate) || notRecorded },
          { key: 'End date', value: formatDate(council.endDate) || 'None' },
          { key: 'Status', value: <CouncilStatus council={council} /> },
          { key: 'County council', value: <OptionalCouncil council={council.county} fromSearch={fromSearch} /> },
          {
            key: 'Combined authority',
            value: <OptionalCouncil council={council.combinedAuthority} fromSearch={fromSearch} />,
          },
        ]}
      />

      <h2 className="govuk-heading-m">Reorganisation</h2>
      {predecessors.length === 0 && successors.length === 0 ? (
        <p className="govuk-body">No reorganisation is recorded for this council.</p>
      ) : null}
      {predecessors.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Predecessors</h3>
          <CouncilRefList councils={predecessors} fromSearch={fromSearch} />
        </>
      ) : null}
      {successors.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Successors</h3>
          <CouncilRefList councils={successors} fromSearch={fromSearch} />
        </>
      ) : null}
    </>
  );
}

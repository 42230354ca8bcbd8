import { Tag } from '@/components/ui/tag';
import { formatDateRange } from '@/lib/format-date';

type Dated = { current?: boolean; startDate?: string | null; endDate?: string | null };

export function isCurrent(council: Dated): boolean {
  return council.current ?? !council.endDate;
}

/** "Current" or "Ended" with the period the council existed for. */
export function CouncilStatus({ council }: { council: Dated }) {
  const period = formatDateRange(council.startDate, council.endDate);
  return (
    <>
      {isCurrent(council) ? <Tag colour="green">Current</Tag> : <Tag colour="grey">Ended</Tag>}
      {period ? <span className="app-council-period govuk-body-s">{capitalise(period)}</span> : null}
    </>
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { Tag } from '@/components/ui/tag';

import type { ImportStatus } from '../lib/reference-data';
import { importStatusLabel } from '../lib/reference-data';

const COLOURS = { running: 'blue', completed: 'green', rejected: 'orange', failed: 'red' } as const;

/** An import's status as a GOV.UK tag, with "Dry run" beside it when nothing was written. */
export function ImportStatusTag({ status, dryRun = false }: { status: ImportStatus; dryRun?: boolean }) {
  return (
    <>
      <Tag colour={COLOURS[status]}>{importStatusLabel(status)}</Tag>
      {dryRun ? (
        <>
          {' '}
          <Tag colour="grey">Dry run</Tag>
        </>
      ) : null}
    </>
  );
}

import { useParams } from 'react-router';

import { ChangeHistory } from '@/components/history/change-history';
import { paths } from '@/config/paths';

export function ProgrammeHistoryRoute() {
  const { id = '' } = useParams();
  return (
    <ChangeHistory
      path="/api/v1/programmes/{id}/history"
      id={id}
      record={`Programme ${id}`}
      back={{ to: paths.programme.getHref(id), text: 'Back to the programme' }}
      emptyText="No changes are recorded. The programme is as the catalogue was first loaded."
    />
  );
}

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api/problem';

/**
 * A failed write. A 412 means someone else changed the record since it was read:
 * say so and offer to read it again. Anything else is shown as the API described it.
 */
export function SaveProblem({
  error,
  fields,
  onReload,
  reloadText,
}: {
  error: unknown;
  fields?: ProblemFields;
  onReload: () => void;
  reloadText: string;
}) {
  return (
    <>
      <ProblemSummary error={error} fields={fields} />
      {isApiError(error, 412) ? (
        <Button variant="secondary" onClick={onReload} data-testid="reload-after-conflict">
          {reloadText}
        </Button>
      ) : null}
    </>
  );
}

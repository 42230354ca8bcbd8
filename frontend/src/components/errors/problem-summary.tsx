import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { fieldErrorText, isApiError, matchField } from '@/lib/api/problem';

/** The form fields on the page that a problem's `errors[].field` (a parameter name) may refer to. */
export type ProblemFields = Record<string, { id: string; label: string }>;

type ProblemSummaryProps = {
  error: unknown;
  fields?: ProblemFields;
};

/** Shows an API problem (RFC 9457) or a network failure with the GOV.UK error summary. */
export function ProblemSummary({ error, fields = {} }: ProblemSummaryProps) {
  if (!isApiError(error)) {
    return <ErrorSummary description="Sorry, the service is unavailable. Try again later." />;
  }
  if (error.status === 403) {
    return <ErrorSummary description="You do not have permission to see this information." />;
  }
  if (error.status === 412) {
    return (
      <ErrorSummary description="Someone else has changed this record since you opened it. Reload it to see their changes, then make your change again." />
    );
  }
  const known = Object.keys(fields);
  const items: ErrorSummaryItem[] = error.errors.map((fieldError) => {
    const name = matchField(fieldError.field, known);
    const field = name ? fields[name] : undefined;
    return {
      text: fieldErrorText(fieldError, field?.label),
      href: field ? `#${field.id}` : undefined,
    };
  });
  const description =
    error.status >= 500 ? 'Sorry, there is a problem with the service. Try again later.' : (error.detail ?? error.title);
  // A broken rule (409) says what rule; its field list, if any, says what to put right.
  const showDescription = items.length === 0 || error.status === 409;
  return <ErrorSummary description={showDescription ? description : undefined} errors={items} />;
}

import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { fieldErrorText, isApiError } from '@/lib/api/problem';

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
  const items: ErrorSummaryItem[] = error.errors.map((fieldError) => {
    const field = fieldError.field ? fields[fieldError.field] : undefined;
    return {
      text: fieldErrorText(fieldError, field?.label),
      href: field ? `#${field.id}` : undefined,
    };
  });
  const description =
    error.status >= 500 ? 'Sorry, there is a problem with the service. Try again later.' : (error.detail ?? error.title);
  return <ErrorSummary description={items.length > 0 ? undefined : description} errors={items} />;
}

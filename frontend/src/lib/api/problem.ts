/** An RFC 9457 problem+json body as the API sends it. */
export type FieldError = { field?: string; message?: string };
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
};

/** A non-2xx answer from the API, carrying the parsed problem details when there were any. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];

  constructor(status: number, problem: Problem = {}) {
    const title = problem.title ?? defaultTitle(status);
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

function defaultTitle(status: number): string {
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not Found';
  if (status >= 500) return 'Server error';
  return `Request failed with status ${status}`;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null;
}

export function toApiError(response: Response, body: unknown): ApiError {
  return new ApiError(response.status, isProblem(body) ? body : {});
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A field error as a sentence naming the field: "must be one of: …" → "Region must be one of: …". */
export function fieldErrorText(error: FieldError, label?: string): string {
  const name = label ?? error.field ?? 'A value';
  const message = error.message?.trim();
  if (!message) return `${name} is not valid`;
  const lower = message.toLowerCase();
  if (lower.startsWith(name.toLowerCase()) || (error.field && lower.startsWith(error.field.toLowerCase()))) {
    return message;
  }
  return `${name} ${message}`;
}

/**
 * Which of the page's fields a problem's `errors[].field` names: the name itself, or
 * for a path such as "focusAreas[0]" or "create.body.onSiteStartDate", its last property.
 */
export function matchField<K extends string>(field: string | undefined, known: readonly K[]): K | undefined {
  if (!field) return undefined;
  const candidates = [field, field.replace(/\[\d*\]$/, ''), field.split('.').pop()?.replace(/\[\d*\]$/, '')];
  return known.find((name) => candidates.includes(name));
}

/**
 * A problem's field errors as one inline message per form field (the first for each),
 * using the fields' labels: { onSiteEndDate: "Last day on site must be on or after …" }.
 */
export function fieldErrorsFor<K extends string>(
  error: unknown,
  fields: Record<K, { label: string }>,
): Partial<Record<K, string>> {
  const messages: Partial<Record<K, string>> = {};
  if (!isApiError(error)) return messages;
  const known = Object.keys(fields) as K[];
  for (const fieldError of error.errors) {
    const name = matchField(fieldError.field, known);
    if (name && messages[name] === undefined) messages[name] = fieldErrorText(fieldError, fields[name].label);
  }
  return messages;
}

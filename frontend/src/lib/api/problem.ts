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

/** A field the gateway refused, with its dotted path (`items.0.topic`). */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** The gateway's error body: RFC 9457 problem details with our code and correlation id. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  correlationId?: string;
  errors?: ProblemFieldError[];
}

const isFieldError = (value: unknown): value is ProblemFieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ProblemFieldError).path === 'string' &&
  typeof (value as ProblemFieldError).message === 'string';

/** True for a body that carries at least a code, a detail or a title the user can be told. */
export const isProblem = (body: unknown): body is Problem => {
  if (typeof body !== 'object' || body === null) return false;
  const { code, detail, title, errors } = body as Record<string, unknown>;
  const hasText = [code, detail, title].some((part) => typeof part === 'string' && part.length > 0);
  const fieldsValid = errors === undefined || (Array.isArray(errors) && errors.every(isFieldError));
  return hasText && fieldsValid;
};

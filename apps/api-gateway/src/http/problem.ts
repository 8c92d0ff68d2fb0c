import { HttpException } from '@nestjs/common';
import { CommonErrorCode, type FieldError } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { statusForCode } from './error-status.rules.js';

/** RFC 9457 problem details, with our code, the correlation id and field errors. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId: string;
  errors?: FieldError[];
}

const CODE_BY_STATUS: Record<number, string> = {
  400: CommonErrorCode.InvalidInput,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  503: CommonErrorCode.ServiceUnavailable,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Request cannot be processed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
  504: 'Upstream timeout',
};

interface Classified {
  code: string;
  detail: string;
  status?: number;
  errors?: FieldError[];
}

/** Body-parser errors carry `type` and `status`. */
const bodyParserError = (error: unknown): Classified | undefined => {
  const candidate = error as { type?: string; status?: number };
  if (candidate?.type === 'entity.parse.failed')
    return { code: CommonErrorCode.InvalidInput, detail: 'The body is not valid JSON', errors: [{ path: '(body)', message: 'not valid JSON' }] };
  if (candidate?.type === 'entity.too.deep')
    return { code: CommonErrorCode.InvalidInput, detail: 'The body nests too deep', errors: [{ path: '(body)', message: 'nests too deep' }] };
  if (candidate?.type === 'entity.too.large') return { code: CommonErrorCode.PayloadTooLarge, detail: 'The body is too large', status: 413 };
  if (candidate?.type === 'charset.unsupported' || candidate?.type === 'encoding.unsupported')
    return { code: CommonErrorCode.UnsupportedMediaType, detail: 'The body is in a charset or encoding the API does not read; send UTF-8 JSON', status: 415 };
  return undefined;
};

const classify = (error: unknown): Classified => {
  if (error instanceof AppException) return { code: error.code, detail: error.message, errors: error.details?.fields };
  // Nest's Express adapter wraps body-parser's errors in an HttpException; the original is its cause.
  const parsed = bodyParserError(error instanceof HttpException ? (error.cause ?? error) : error);
  if (parsed) return parsed;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { code: CODE_BY_STATUS[status] ?? CommonErrorCode.Internal, detail: error.message, status };
  }
  return { code: CommonErrorCode.Internal, detail: 'An unexpected error occurred; it has been logged', status: 500 };
};

/** What a client reads of a fault: the cause (a subject, a query, a stack) stays in the log. */
const FAULT_DETAIL: Record<number, string> = {
  503: 'A service is unavailable; try again shortly',
  504: 'A service did not answer in time; try again shortly',
};
const UNEXPECTED = 'An unexpected error occurred; it has been logged';

export const toProblem = (error: unknown, instance: string, correlationId: string): Problem => {
  const classified = classify(error);
  const { code } = classified;
  const resolved = classified.status ?? statusForCode(code);
  const fault = resolved >= 500;
  const detail = fault ? (FAULT_DETAIL[resolved] ?? UNEXPECTED) : classified.detail;
  const errors = fault ? undefined : classified.errors;
  return {
    type: `urn:xieshang:problem:${code}`,
    title: TITLE_BY_STATUS[resolved] ?? 'Request failed',
    status: resolved,
    detail,
    instance,
    code,
    correlationId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
};

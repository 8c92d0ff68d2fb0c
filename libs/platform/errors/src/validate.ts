import type { FieldError } from '@xieshang/contracts';
import type { z } from 'zod';
import { AppException } from './app-exception.js';

export const toFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));

/** Parses input with a contract schema, or throws `VALIDATION.INVALID_INPUT` naming every bad field. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw AppException.invalidInput(toFieldErrors(result.error));
  return result.data;
};

import type { FieldError } from '@xieshang/contracts';
import type { z } from 'zod';
import { AppException } from './app-exception.js';

const dotted = (path: PropertyKey[]): string => path.map(String).join('.') || '(root)';

/** One error per bad field; an unknown field is named itself, not its parent object. */
export const toFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: 'is not a known field' }))
      : [{ path: dotted(issue.path), message: issue.message }],
  );

/** Parses input with a contract schema, or throws `VALIDATION.INVALID_INPUT` naming every bad field. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw AppException.invalidInput(toFieldErrors(result.error));
  return result.data;
};

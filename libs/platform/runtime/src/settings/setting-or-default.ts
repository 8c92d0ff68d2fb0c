import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/**
 * A setting as the directory answers it, or its built-in default when no directory answers at
 * all: a deadline or a date reckoned on the default is better than a step that waits. Any other
 * failure is reported.
 */
export const settingOrDefault = async <T>(asked: Promise<T>, fallback: T): Promise<T> => {
  try {
    return await asked;
  } catch (error) {
    if (error instanceof AppException && error.code === CommonErrorCode.ServiceUnavailable) return fallback;
    throw error;
  }
};

import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** An update names the version it read; a different stored version means someone changed it since. */
export const assertCurrentVersion = (entity: string, stored: number, expected: number): void => {
  if (stored !== expected) {
    throw new AppException(CommonErrorCode.VersionConflict, `${entity} was changed by someone else; reload it and try again`, {
      storedVersion: stored,
      expectedVersion: expected,
    });
  }
};

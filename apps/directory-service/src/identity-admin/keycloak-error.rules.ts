import { CommonErrorCode, PersonAdminErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** The HTTP status of a failed admin API call, as the admin client's NetworkError carries it. */
export const keycloakStatus = (error: unknown): number | undefined => {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
};

/**
 * What a refusal by Keycloak means to the caller: on creation a 409 is a username Keycloak already
 * has; anything else is the identity provider failing, and the directory change is rolled back.
 */
export const fromKeycloakError = (error: unknown, operation: 'create' | 'update', username: string): AppException => {
  if (error instanceof AppException) return error;
  const status = keycloakStatus(error);
  if (operation === 'create' && status === 409) {
    return new AppException(PersonAdminErrorCode.UsernameTaken, `The username ${username} is already taken`, {
      fields: [{ path: 'username', message: 'is already taken' }],
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AppException(CommonErrorCode.ServiceUnavailable, `The identity provider did not accept the change (${status ?? 'no answer'}: ${reason})`);
};

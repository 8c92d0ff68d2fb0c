import { ParseUUIDPipe } from '@nestjs/common';
import { AppException } from '@xieshang/platform-errors';

/** An id in the path that is not a UUID is bad input naming `id`, answered before any service is asked. */
export const ID_PARAM = new ParseUUIDPipe({ exceptionFactory: () => AppException.invalidInput([{ path: 'id', message: 'must be a UUID' }]) });

import { SetMetadata } from '@nestjs/common';

export const COUNTED_PUBLIC_KEY = 'countedPublic';

/**
 * A public route that is not a probe: the address limit counts it like any other route (the
 * calendar feed, whose token is its only credential, must not be guessed at speed).
 */
export const CountedPublic = () => SetMetadata(COUNTED_PUBLIC_KEY, true);

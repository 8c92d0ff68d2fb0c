import { SetMetadata } from '@nestjs/common';

export const CITY_READABLE_KEY = 'xieshang:city:readable';

/**
 * Marks a read route (or a controller's reads) as one a city observer may serve in a district
 * with `X-Tenant`: the consultation records and what they refer to (DOMAIN.md, "People and
 * roles"). Routes without it — people, audit trail, settings — stay the district's own.
 */
export const CityReadable = () => SetMetadata(CITY_READABLE_KEY, true);

import { useMemo } from 'react';
import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { useDistrictZone } from '../dashboard/useMe.js';
import { shownTime, typedTime } from './district-time.rules.js';

/**
 * A date and time typed on the district's clock, whatever the browser's zone: stored as the
 * instant it names, and a stored instant shown on the district's clock again.
 */
export const DistrictTimeInput = (props: Omit<DateTimeInputProps, 'parse' | 'format'>) => {
  const zone = useDistrictZone();
  const { parse, format } = useMemo(() => ({ parse: (value: string) => typedTime(value, zone), format: (value: unknown) => shownTime(value, zone) }), [zone]);
  return <DateTimeInput {...props} parse={parse} format={format} />;
};

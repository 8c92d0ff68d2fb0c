import { useMemo } from 'react';
import { DateTimeInput, type DateTimeInputProps } from 'react-admin';
import { useDistrictZone } from '../dashboard/useMe.js';
import { districtInstant, districtLocal } from './district-time.rules.js';

const LOCAL_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A date and time typed on the district's clock, whatever the browser's zone: stored as the
 * instant it names, and a stored instant shown on the district's clock again. A value that is no
 * time at all goes on as typed, for the gateway to refuse by name.
 */
export const DistrictTimeInput = (props: Omit<DateTimeInputProps, 'parse' | 'format'>) => {
  const zone = useDistrictZone();
  const { parse, format } = useMemo(
    () => ({
      parse: (value: string) => (value === '' ? null : (districtInstant(value, zone) ?? value)),
      format: (value: unknown) => {
        if (value === null || value === undefined || value === '') return '';
        if (typeof value === 'string' && LOCAL_VALUE.test(value)) return value;
        const instant = value instanceof Date ? value : new Date(String(value));
        return Number.isNaN(instant.getTime()) ? '' : districtLocal(instant, zone);
      },
    }),
    [zone],
  );
  return <DateTimeInput {...props} parse={parse} format={format} />;
};

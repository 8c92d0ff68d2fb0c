import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { useDistrictZone } from '../dashboard/useMe.js';
import { districtDay, districtTime } from './district-time.rules.js';

/**
 * An instant as the district's clock shows it (its day and time, or its day alone with
 * `showTime={false}`), written the way the console's current language writes them.
 */
export const LocaleDateField = ({ showTime = true, ...props }: Omit<DateFieldProps, 'options' | 'locales' | 'showDate'>) => {
  const [locale] = useLocaleState();
  const zone = useDistrictZone();
  return <DateField {...props} showTime={showTime} locales={locale} options={showTime ? districtTime(zone) : districtDay(zone)} />;
};

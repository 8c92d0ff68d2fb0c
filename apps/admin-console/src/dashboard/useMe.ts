import { useQuery } from '@tanstack/react-query';
import { TEXT_SETTINGS } from '@xieshang/contracts';
import { useEffect, useMemo } from 'react';
import { useDataProvider, useLocaleState, useNotify } from 'react-admin';
import { districtDate, districtDateTime } from '../common/district-time.rules.js';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** The signed-in person, loaded once per session and shared by every component that asks. */
const useMeQuery = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  return useQuery({ queryKey: ['me'], queryFn: () => dataProvider.getMe(), retry: false });
};

/** The signed-in person, telling the user when loading it fails. */
export const useMe = () => {
  const notify = useNotify();
  const query = useMeQuery();
  const { error } = query;
  useEffect(() => {
    if (error) notify(error.message, { type: 'error' });
  }, [error, notify]);
  return query;
};

/**
 * The signed-in person's district clock (`tenant.timeZone`), on which the console shows every
 * time; the default one until it is known. Quiet: the page that needs the person reports a failure.
 */
export const useDistrictZone = (): string => useMeQuery().data?.tenant.timeZone ?? TEXT_SETTINGS['tenant.timeZone'].default;

/** Instants written on the district's clock in the console's language: `dateTime` and `date`. */
export const useDistrictTime = (): { dateTime(instant: string): string; date(instant: string): string } => {
  const zone = useDistrictZone();
  const [locale] = useLocaleState();
  return useMemo(() => ({ dateTime: (instant) => districtDateTime(instant, locale, zone), date: (instant) => districtDate(instant, locale, zone) }), [locale, zone]);
};

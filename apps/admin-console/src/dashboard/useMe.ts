import { useQuery } from '@tanstack/react-query';
import { TEXT_SETTINGS } from '@xieshang/contracts';
import { useEffect } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** Loads the signed-in person once per session and tells the user when that fails. */
export const useMe = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const query = useQuery({ queryKey: ['me'], queryFn: () => dataProvider.getMe(), retry: false });
  const { error } = query;
  useEffect(() => {
    if (error) notify(error.message, { type: 'error' });
  }, [error, notify]);
  return query;
};

/** The signed-in person's district clock (`tenant.timeZone`), on which meeting and interview times are shown; the default one until they are known. */
export const useDistrictZone = (): string => useMe().data?.tenant.timeZone ?? TEXT_SETTINGS['tenant.timeZone'].default;

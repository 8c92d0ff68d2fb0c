import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** The signed-in person's org unit, for the party's view of a meeting (its reading, its drafts). */
export const useMyOrgUnit = (): string | null => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data } = useQuery({ queryKey: ['me'], queryFn: () => dataProvider.getMe(), staleTime: 60_000 });
  return data?.orgUnit?.id ?? null;
};

import { useGetList } from 'react-admin';

/** Every org unit of the tenant by id, for naming participants and lead units without a call each. */
export const useOrgUnitNames = (): ((id: string | null | undefined) => string) => {
  const { data } = useGetList('org-units', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const names = new Map((data ?? []).map((unit) => [String(unit.id), String(unit.shortName || unit.name)]));
  return (id) => (id ? (names.get(id) ?? id) : '-');
};

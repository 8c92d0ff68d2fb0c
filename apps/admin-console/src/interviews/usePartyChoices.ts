import { useGetList } from 'react-admin';
import { PARTY_KINDS } from './interview-roles.js';

/** The district's parties (democratic parties, non-party people, the federation) as choices. */
export const usePartyChoices = (): { id: string; name: string }[] => {
  const { data } = useGetList('org-units', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, filter: { active: true } });
  return (data ?? []).filter((unit) => PARTY_KINDS.includes(String(unit.kind))).map((unit) => ({ id: String(unit.id), name: String(unit.shortName || unit.name) }));
};

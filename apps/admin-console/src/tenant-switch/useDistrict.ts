import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { pickedDistrict, tokenSubject } from '../access/current-user.js';
import { keycloakClient } from '../keycloakClient.js';
import { districtSelection } from './district-selection.js';

/**
 * The district a city user is looking at, and the way to pick another. A new pick drops every
 * cached answer: lists, records and the access checks all depend on it.
 */
export const useDistrict = () => {
  const district = useSyncExternalStore(districtSelection.subscribe, () => pickedDistrict(keycloakClient));
  const queryClient = useQueryClient();
  const choose = useCallback(
    async (code: string | null) => {
      const subject = tokenSubject(keycloakClient);
      if (!subject) return;
      districtSelection.set(subject, code);
      await queryClient.invalidateQueries();
    },
    [queryClient],
  );
  return { district, choose };
};

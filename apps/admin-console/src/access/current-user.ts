import type Keycloak from 'keycloak-js';
import { districtSelection, type DistrictSelection } from '../tenant-switch/district-selection.js';
import { isCityUser, type AccessSituation } from './access.rules.js';

/** The realm roles of the signed-in person, from the access token. */
export const tokenRoles = (keycloak: Keycloak): string[] => keycloak.tokenParsed?.realm_access?.roles ?? [];

export const tokenSubject = (keycloak: Keycloak): string | undefined => keycloak.tokenParsed?.sub;

/** The district a city user picked; always null for anyone else. */
export const pickedDistrict = (keycloak: Keycloak, selection: DistrictSelection = districtSelection): string | null =>
  isCityUser(tokenRoles(keycloak)) ? selection.get(tokenSubject(keycloak)) : null;

export const currentSituation = (keycloak: Keycloak): AccessSituation => ({
  roles: tokenRoles(keycloak),
  districtSelected: pickedDistrict(keycloak) !== null,
});

import Keycloak from 'keycloak-js';
import { consoleConfig } from './config.js';

export const keycloakClient = new Keycloak(consoleConfig.oidc);

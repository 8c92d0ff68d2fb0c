import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROLES } from '@xieshang/contracts';
import { clientMetadata } from '../src/oidc/clients.js';

interface RealmClient {
  clientId: string;
  publicClient: boolean;
  directAccessGrantsEnabled: boolean;
  serviceAccountsEnabled: boolean;
  standardFlowEnabled: boolean;
  redirectUris: string[];
  attributes?: Record<string, string>;
  protocolMappers: { protocolMapper: string; config: Record<string, string> }[];
}

interface Realm {
  realm: string;
  roles: { realm: { name: string }[] };
  clients: RealmClient[];
}

/** The Keycloak realm and dev-idp must offer the same clients and roles, or the console breaks on one of them. */
const realm = JSON.parse(readFileSync(resolve('deploy/keycloak/realm-xieshang.json'), 'utf8')) as Realm;
const client = (id: string): RealmClient => {
  const found = realm.clients.find((candidate) => candidate.clientId === id);
  if (!found) throw new Error(`realm has no client ${id}`);
  return found;
};

describe('deploy/keycloak/realm-xieshang.json', () => {
  it('declares exactly the roles of ROLES as realm roles', () => {
    expect(realm.realm).toBe('xieshang');
    expect(realm.roles.realm.map((role) => role.name).sort()).toEqual([...ROLES].sort());
  });

  it('has the same clients as dev-idp', () => {
    const devIdpClients = clientMetadata({ DEV_IDP_CONSOLE_ORIGINS: ['http://localhost:4200'], DEV_IDP_SERVICE_CLIENT_SECRET: 'x'.repeat(16) });
    expect(realm.clients.map((c) => c.clientId).sort()).toEqual(devIdpClients.map((c) => c.client_id).sort());
  });

  it('makes the console a public PKCE client for any page of the console origin', () => {
    expect(client('xieshang-console')).toMatchObject({ publicClient: true, standardFlowEnabled: true, directAccessGrantsEnabled: false, redirectUris: ['http://localhost:4200/*'] });
    expect(client('xieshang-console').attributes?.['pkce.code.challenge.method']).toBe('S256');
  });

  it('gives the password grant to xieshang-cli and client credentials to xieshang-service only', () => {
    expect(client('xieshang-cli')).toMatchObject({ publicClient: true, directAccessGrantsEnabled: true, standardFlowEnabled: false });
    expect(client('xieshang-service')).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, directAccessGrantsEnabled: false });
  });

  it.each(['xieshang-console', 'xieshang-cli', 'xieshang-service'])('maps tenant, org_unit and the xieshang-api audience for %s', (id) => {
    const mappers = client(id).protocolMappers;
    const claims = mappers.filter((m) => m.protocolMapper === 'oidc-usermodel-attribute-mapper').map((m) => m.config['claim.name']);
    expect(claims.sort()).toEqual(['org_unit', 'tenant']);
    expect(mappers.find((m) => m.protocolMapper === 'oidc-audience-mapper')?.config['included.custom.audience']).toBe('xieshang-api');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { APPS, REPO_ROOT } from '../launcher/catalog.mjs';
import { natsAuthorizationConfig, natsUsers, passwordVariable } from '../launcher/nats-permissions.mjs';

/**
 * docker-compose.yml cannot run here, so this keeps it honest against the apps' own config
 * schemas: every variable compose sets must be one the app reads, and every variable the app
 * requires (no default) must be set.
 */
interface ComposeService {
  image?: string;
  command?: string[];
  labels?: Record<string, string>;
  environment?: Record<string, string | number | boolean>;
}
interface Compose {
  services: Record<string, ComposeService>;
}
interface SchemaField {
  safeParse: (value: unknown) => { success: boolean };
}
interface ConfigSchema {
  shape?: Record<string, SchemaField>;
  in?: { shape?: Record<string, SchemaField> };
}

const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;
const appServices = Object.entries(compose.services).filter(([, service]) => service.labels?.['xieshang.app']);
const appOf = (service: ComposeService) => service.labels?.['xieshang.app'] ?? '';
// Keycloak stands in for dev-idp in compose, as in production.
const composedApps = APPS.filter((app) => app.name !== 'dev-idp');

const schemaKeys = async (app: string): Promise<Record<string, SchemaField>> => {
  const module = (await import(path.join(REPO_ROOT, 'apps', app, 'src', 'config', 'config.schema.ts'))) as {
    configSchema?: ConfigSchema;
  };
  const shape = module.configSchema?.shape ?? module.configSchema?.in?.shape;
  if (!shape) throw new Error(`apps/${app}/src/config/config.schema.ts exports no zod object named configSchema`);
  return shape;
};

describe('docker-compose.yml', () => {
  it('runs every app but dev-idp, each from its own build output', () => {
    expect(appServices.map(([, service]) => appOf(service)).sort()).toEqual(
      [...composedApps.map((app) => app.name), 'admin-console'].sort(),
    );
    for (const [name, service] of appServices) {
      if (name === 'admin-console') continue;
      expect(service.command).toEqual(['node', `apps/${appOf(service)}/dist/main.js`]);
    }
  });

  describe.each(composedApps.map((app) => [app.name, app.port] as const))('%s', (appName, port) => {
    const service = (): ComposeService => {
      const found = appServices.find(([, candidate]) => appOf(candidate) === appName);
      if (!found) throw new Error(`docker-compose.yml has no service labelled xieshang.app: ${appName}`);
      return found[1];
    };

    it('sets only variables its config schema reads', async () => {
      const keys = Object.keys(await schemaKeys(appName));
      const unknown = Object.keys(service().environment ?? {}).filter((variable) => !keys.includes(variable));
      expect(unknown).toEqual([]);
    });

    it('sets every variable its config schema requires', async () => {
      const shape = await schemaKeys(appName);
      const required = Object.keys(shape).filter((key) => !shape[key].safeParse(undefined).success);
      const missing = required.filter((key) => !(key in (service().environment ?? {})));
      expect(missing).toEqual([]);
    });

    it('listens on its usual port', () => {
      expect(String(service().environment?.['PORT'])).toBe(String(port));
    });
  });

  it('connects each service as its own database role, with the password db-provision gives that role', () => {
    const provisioned = compose.services['db-provision']?.environment ?? {};
    for (const app of composedApps.filter((candidate) => candidate.kind === 'service')) {
      const url = new URL(String(compose.services[app.name]?.environment?.['DATABASE_APP_URL']));
      expect(url.username).toBe(`xieshang_${app.schema}`);
      expect(url.password).toBe(String(provisioned[`DATABASE_APP_PASSWORD_${app.schema?.toUpperCase()}`]));
    }
  });

  it("runs NATS with the launcher's users and permissions, and each app as its own NATS user", () => {
    const config = readFileSync(path.join(REPO_ROOT, 'deploy', 'nats', 'nats-server.conf'), 'utf8');
    expect(config.slice(config.indexOf('authorization {'))).toBe(natsAuthorizationConfig(natsUsers({ devIdp: false })));
    const nats = compose.services['nats'];
    expect(nats?.command?.slice(0, 2)).toEqual(['-c', '/etc/nats/nats-server.conf']);
    for (const app of composedApps) {
      const environment = compose.services[app.name]?.environment ?? {};
      expect(environment['NATS_USER']).toBe(app.name);
      expect(environment['NATS_PASSWORD']).toBe(nats?.environment?.[passwordVariable(app.name)]);
    }
  });

  it('provisions the database roles before any service starts', () => {
    const provision = compose.services['db-provision'];
    expect(provision?.command).toEqual(['node', 'tools/launcher/provision.mjs']);
    for (const app of composedApps.filter((candidate) => candidate.kind === 'service')) {
      const dependsOn = (compose.services[app.name] as { depends_on?: Record<string, { condition: string }> }).depends_on;
      expect(dependsOn?.['db-provision']?.condition).toBe('service_completed_successfully');
    }
  });
});

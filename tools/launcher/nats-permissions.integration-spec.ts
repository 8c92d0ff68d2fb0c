import { randomBytes } from 'node:crypto';
import { connect, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { OwnNatsServer } from '@xieshang/platform-testing';
import { natsAuthorizationConfig, natsUsers, passwordVariable } from './nats-permissions.mjs';

const users = natsUsers();
const passwords = Object.fromEntries(users.map(({ user }) => [user, `xs${randomBytes(12).toString('hex')}`]));

/** Publishes and reports the permission violation the server sends back, if any. */
const violationOf = async (connection: NatsConnection, publish: () => void): Promise<string | null> => {
  const errors: string[] = [];
  const watching = (async () => {
    for await (const status of connection.status()) if (status.type === 'error') errors.push(String(status.error));
  })();
  publish();
  await connection.flush();
  // The violation arrives as an asynchronous -ERR; a second round trip makes sure it has.
  await connection.flush();
  void watching;
  return errors.find((error) => /Permissions Violation/.test(error)) ?? null;
};

describe('NATS users and permissions (one user per app)', () => {
  let server: OwnNatsServer;
  const open: NatsConnection[] = [];
  const as = async (user: string, password = passwords[user]): Promise<NatsConnection> => {
    const connection = await connect({ servers: server.url, user, pass: password, name: `${user}-probe` });
    open.push(connection);
    return connection;
  };

  beforeAll(async () => {
    const env = Object.fromEntries(users.map(({ user }) => [passwordVariable(user), passwords[user] ?? '']));
    server = await OwnNatsServer.create({ config: natsAuthorizationConfig(users), env });
    await server.start();
  });

  afterAll(async () => {
    await Promise.all(open.map((connection) => connection.close()));
    await server?.destroy();
  });

  it('refuses a client without credentials, and one with another app\'s password', async () => {
    await expect(connect({ servers: server.url })).rejects.toThrow(/Authorization Violation/);
    await expect(connect({ servers: server.url, user: 'planning-service', pass: passwords['api-gateway'] })).rejects.toThrow(
      /Authorization Violation/,
    );
  });

  it("refuses a service another service's request subjects and another context's events", async () => {
    const planning = await as('planning-service');
    expect(await violationOf(planning, () => planning.publish('directory.person.get', '{}'))).toMatch(/directory\.person\.get/);
    expect(await violationOf(planning, () => planning.publish('planning.plan.approve', '{}'))).toMatch(/planning\.plan\.approve/);
    expect(await violationOf(planning, () => planning.publish('evt.directory.person.disabled.v1', '{}'))).toMatch(/evt\.directory/);
    expect(await violationOf(planning, () => planning.publish('evt.planning.plan.published.v1', '{}'))).toBeNull();
  });

  it('lets notification-service delete the consumers it retired, and no one else’s', async () => {
    const notification = await as('notification-service');
    const remove = (durable: string) => () => notification.publish(`$JS.API.CONSUMER.DELETE.XS_EVENTS.${durable}`, '');
    expect(await violationOf(notification, remove('notification-service_plan-solicited'))).toBeNull();
    expect(await violationOf(notification, remove('handling-feedback-service_meeting-opinion'))).toMatch(/CONSUMER\.DELETE/);
  });

  it('lets a service hear its own requests only in its queue group, and the gateway reach it', async () => {
    const planning = await as('planning-service');
    expect(await violationOf(planning, () => planning.subscribe('planning.plan.get'))).toMatch(/Subscription to "planning\.plan\.get"/);
    expect(await violationOf(planning, () => planning.subscribe('directory.person.get', { queue: 'directory-service' }))).toMatch(
      /Subscription/,
    );
    const answer = (_error: Error | null, message: Msg): void => {
      message.respond('plan');
    };
    planning.subscribe('planning.plan.get', { queue: 'planning-service', callback: answer });
    await planning.flush();
    const gateway = await as('api-gateway');
    const reply = await gateway.request('planning.plan.get', '{}', { timeout: 2_000 });
    expect(reply.string()).toBe('plan');
  });

  it('lets dev-idp ask only for a credential check', async () => {
    const devIdp = await as('dev-idp');
    expect(await violationOf(devIdp, () => devIdp.publish('directory.person.list', '{}'))).toMatch(/directory\.person\.list/);
    expect(await violationOf(devIdp, () => devIdp.publish('directory.credential.verify', '{}'))).toBeNull();
  });
});

describe("the running platform's NATS", () => {
  it('refuses a client without credentials', async () => {
    await expect(connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222', reconnect: false })).rejects.toThrow(
      /Authorization Violation/,
    );
  });
});

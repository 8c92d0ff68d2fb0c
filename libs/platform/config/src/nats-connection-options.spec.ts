import { natsConnectionOptions } from './nats-connection-options.js';

describe('NATS connection options from configuration', () => {
  it('connects anonymously when no user is configured', () => {
    expect(natsConnectionOptions({ NATS_URL: 'nats://127.0.0.1:4222' })).toEqual({ servers: 'nats://127.0.0.1:4222' });
  });

  it("carries the app's own user and password", () => {
    expect(natsConnectionOptions({ NATS_URL: 'nats://nats:4222', NATS_USER: 'planning-service', NATS_PASSWORD: 's3cret' })).toEqual({
      servers: 'nats://nats:4222',
      user: 'planning-service',
      pass: 's3cret',
    });
  });

  it('trusts a private certificate authority when one is named', () => {
    expect(natsConnectionOptions({ NATS_URL: 'tls://nats:4222', NATS_TLS_CA_FILE: '/etc/nats/ca.pem' }).tls).toEqual({ caFile: '/etc/nats/ca.pem' });
  });
});

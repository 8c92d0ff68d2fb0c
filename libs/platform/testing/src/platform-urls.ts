/** Where the running platform answers during `npm test` (the test runner starts it and sets these). */
export const platformUrls = {
  gateway: process.env['GATEWAY_URL'] ?? 'http://localhost:3000',
  /** The gateway's internal metrics port, apart from its public one. */
  gatewayMetrics: process.env['GATEWAY_METRICS_URL'] ?? 'http://localhost:9464',
  issuer: process.env['OIDC_ISSUER'] ?? 'http://localhost:8080/realms/xieshang',
  console: process.env['CONSOLE_URL'] ?? 'http://localhost:4200',
};

export const demoPassword = (): string => process.env['DEMO_PASSWORD'] ?? 'xieshang-demo';

/**
 * The running platform's NATS as the test runner's own NATS user (`npm test` sets `NATS_USER`
 * and `NATS_PASSWORD`; every app has its own user with narrower permissions).
 */
export const platformNatsOptions = (): { servers: string; user?: string; pass?: string } => {
  const servers = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
  const user = process.env['NATS_USER'];
  return user ? { servers, user, pass: process.env['NATS_PASSWORD'] ?? '' } : { servers };
};

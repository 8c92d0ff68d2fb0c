import { randomUUID } from 'node:crypto';
import { runClosedLoop } from './closed-loop.mjs';

/**
 * The service without the gateway: the org-unit list asked straight over NATS, with the tenant
 * headers the gateway would send, through the same request client the gateway uses. Measures
 * NATS, the service's pipeline, TypeORM and the tenant transaction.
 */
export const loadNatsList = async ({ connection, tenant, userId, roles, inFlight, durationSeconds }) => {
  const { NatsRequestClient, headersFromCaller } = await import('@xieshang/platform-messaging');
  const { DirectorySubject } = await import('@xieshang/contracts');
  const client = new NatsRequestClient({ connection, name: 'bench' });
  // What the gateway sends for `GET /api/v1/org-units?range=[0,24]`.
  const query = { filter: {}, range: [0, 24] };
  try {
    return await runClosedLoop({
      workers: inFlight,
      durationSeconds,
      once: async () => {
        const headers = headersFromCaller({
          tenantId: tenant,
          personId: userId ?? null,
          username: null,
          displayName: null,
          orgUnitId: null,
          roles,
          tenantSwitched: false,
          correlationId: randomUUID(),
        });
        const page = await client.request(DirectorySubject.ListOrgUnits, query, headers, 5_000);
        return page.items.length;
      },
    });
  } finally {
    await client.close();
  }
};

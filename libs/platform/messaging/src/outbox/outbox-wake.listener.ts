import type { Logger } from '@xieshang/platform-observability';
import pg from 'pg';
import { outboxChannel } from './sql-identifier.js';

/**
 * Listens for the outbox trigger's notification so the relay publishes right after a commit.
 * It is only an accelerator: when the connection is lost the relay keeps polling, and the next
 * loop turn listens again.
 */
export class OutboxWakeListener {
  private client: pg.Client | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    private readonly onWake: () => void,
    private readonly logger: Logger,
  ) {}

  async ensure(): Promise<void> {
    if (this.client) return;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', () => this.onWake());
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'Outbox listener lost its connection; polling until it is back');
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query(`listen ${outboxChannel(this.schema)}`);
      this.client = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'Outbox listener could not connect; polling instead');
      await client.end().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end();
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantSubject, type TenantChildrenView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';

const TTL_MS = 30_000;
/** A district added since the last answer is looked for again, but at most this often per city. */
const RECHECK_MS = 1_000;

interface Entry {
  fetchedAt: number;
  codes: Promise<Set<string>>;
}

/** The district codes of each city, as the directory answers them, kept for half a minute. */
@Injectable()
export class TenantChildrenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly services: ServiceRequester) {}

  async has(parent: string, district: string, correlationId: string = randomUUID()): Promise<boolean> {
    const cached = this.entries.get(parent);
    const age = cached ? Date.now() - cached.fetchedAt : Infinity;
    if (cached && age < TTL_MS && ((await cached.codes).has(district) || age < RECHECK_MS)) return (await cached.codes).has(district);
    const entry: Entry = { fetchedAt: Date.now(), codes: this.fetch(parent, correlationId) };
    this.entries.set(parent, entry);
    entry.codes.catch(() => this.entries.delete(parent));
    return (await entry.codes).has(district);
  }

  private fetch(parent: string, correlationId: string): Promise<Set<string>> {
    return runAsCaller(systemCaller(correlationId, parent), async () => {
      const view = await this.services.request<TenantChildrenView>(TenantSubject.Children, null);
      return new Set(view.children.map((child) => child.code));
    });
  }
}

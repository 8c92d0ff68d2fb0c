import type { EffectiveSettingsView } from '@xieshang/contracts';

export type FetchSettings = (tenantId: string) => Promise<EffectiveSettingsView>;

interface Entry {
  expiresAt: number;
  view: Promise<EffectiveSettingsView>;
  /** Known once the answer is in: whose change also drops this entry. */
  parent: string | null;
}

export interface SettingsCacheOptions {
  ttlMs: number;
  now?: () => number;
}

/**
 * Effective settings per tenant for a short while. Callers asking at once share one request;
 * a failed request is not kept. A change of a city drops its districts too, since they inherit.
 */
export class SettingsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(
    private readonly fetch: FetchSettings,
    private readonly options: SettingsCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get(tenantId: string): Promise<EffectiveSettingsView> {
    const cached = this.entries.get(tenantId);
    if (cached && cached.expiresAt > this.now()) return cached.view;
    const entry: Entry = { expiresAt: this.now() + this.options.ttlMs, parent: null, view: this.fetch(tenantId) };
    this.entries.set(tenantId, entry);
    entry.view.then(
      (view) => {
        entry.parent = view.parent;
      },
      () => {
        if (this.entries.get(tenantId) === entry) this.entries.delete(tenantId);
      },
    );
    return entry.view;
  }

  /** Forgets the tenant and every tenant that inherits from it. */
  invalidate(tenantId: string): void {
    for (const [code, entry] of this.entries) {
      if (code === tenantId || entry.parent === tenantId) this.entries.delete(code);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

type Payload = Record<string, unknown> & { grantId?: string; userCode?: string; uid?: string; consumed?: number };

interface Entry {
  payload: Payload;
  expiresAt: number | undefined;
}

/**
 * oidc-provider's storage, in this process's memory: sessions, codes and tokens die with dev-idp,
 * which is what a development provider wants (signing keys are kept on disk instead).
 * One store is shared by every model; keys are prefixed with the model name.
 */
export const createMemoryAdapterClass = () => {
  const store = new Map<string, Entry>();
  const grants = new Map<string, Set<string>>();

  const live = (key: string): Payload | undefined => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  return class MemoryAdapter {
    readonly prefix: string;

    constructor(model: string) {
      this.prefix = `${model}:`;
    }

    key(id: string): string {
      return `${this.prefix}${id}`;
    }

    async upsert(id: string, payload: Payload, expiresIn: number | undefined): Promise<void> {
      const key = this.key(id);
      store.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
      if (payload.grantId) {
        const keys = grants.get(payload.grantId) ?? new Set<string>();
        keys.add(key);
        grants.set(payload.grantId, keys);
      }
    }

    async find(id: string): Promise<Payload | undefined> {
      return live(this.key(id));
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      for (const [key, entry] of store) {
        if (key.startsWith(this.prefix) && entry.payload.uid === uid) return live(key);
      }
      return undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      for (const [key, entry] of store) {
        if (key.startsWith(this.prefix) && entry.payload.userCode === userCode) return live(key);
      }
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grants.get(grantId) ?? []) store.delete(key);
      grants.delete(grantId);
    }
  };
};

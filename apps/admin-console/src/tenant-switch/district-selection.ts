/** Where the picked district is remembered between visits. */
export const DISTRICT_STORAGE_KEY = 'xs.district';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoredChoice {
  subject: string;
  code: string;
}

const parseChoice = (raw: string | null): StoredChoice | null => {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredChoice>;
    return typeof value.subject === 'string' && typeof value.code === 'string'
      ? { subject: value.subject, code: value.code }
      : null;
  } catch {
    return null;
  }
};

export interface DistrictSelection {
  /** The district this person picked last, or null for their own tenant. */
  get(subject: string | undefined): string | null;
  set(subject: string, code: string | null): void;
  subscribe(listener: () => void): () => void;
}

/**
 * The district a city user is looking at. The choice belongs to the person who made it, so that
 * a district admin signing in later in the same browser never inherits a city user's district.
 */
export const createDistrictSelection = (storage: KeyValueStorage | undefined): DistrictSelection => {
  const listeners = new Set<() => void>();
  let fallback: StoredChoice | null = null;
  const read = () => (storage ? parseChoice(storage.getItem(DISTRICT_STORAGE_KEY)) : fallback);
  return {
    get(subject) {
      const choice = read();
      return subject && choice?.subject === subject ? choice.code : null;
    },
    set(subject, code) {
      const choice = code ? { subject, code } : null;
      if (!storage) fallback = choice;
      else if (choice) storage.setItem(DISTRICT_STORAGE_KEY, JSON.stringify(choice));
      else storage.removeItem(DISTRICT_STORAGE_KEY);
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export const districtSelection = createDistrictSelection(
  typeof window === 'undefined' ? undefined : window.localStorage,
);

import type { Readable } from 'node:stream';

/** What a stored document is known by: its key, its length in bytes and the SHA-256 of its bytes (hex). */
export interface StoredDocument {
  key: string;
  size: number;
  sha256: string;
}

export interface PutOptions {
  /** Bytes beyond this refuse the document with DocumentTooLargeError; nothing is kept. */
  maxBytes?: number;
}

/**
 * Where uploaded documents (文件稿, attachments, liaison materials) live. Keys are content
 * addresses, `<tenantId>/<sha256>`: the same file uploaded twice in one district is stored once,
 * and a key names exactly one content forever, so nothing is ever overwritten with other bytes.
 * Storage does not know who may read a document; the service that recorded it decides that.
 */
export interface DocumentStorage {
  /** Stores the bytes under the tenant and answers their key; the key is only visible once every byte is durable. */
  put(tenantId: string, content: Uint8Array | Readable, options?: PutOptions): Promise<StoredDocument>;
  /** The bytes under the key; DocumentNotFoundError when there are none. */
  open(key: string): Promise<Readable>;
  /** Forgets the bytes under the key; a key already gone is no error. */
  remove(key: string): Promise<void>;
  /** Readies the backend at boot (the directory, the bucket) so that a misconfiguration stops the app there. */
  prepare(): Promise<void>;
}

export class DocumentNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No document is stored under ${key}`);
    this.name = 'DocumentNotFoundError';
  }
}

export class DocumentTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The document is larger than ${maxBytes} bytes`);
    this.name = 'DocumentTooLargeError';
  }
}

const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** The key of some content in a tenant; the tenant id is checked so that a key can never climb out of its folder. */
export const storageKey = (tenantId: string, sha256: string): string => {
  if (!TENANT_ID.test(tenantId)) throw new TypeError(`Not a tenant id usable in a storage key: ${JSON.stringify(tenantId)}`);
  if (!SHA256.test(sha256)) throw new TypeError(`Not a SHA-256 in hex: ${JSON.stringify(sha256)}`);
  return `${tenantId}/${sha256}`;
};

/** The parts of a key; a string that is not one is refused, since keys become file paths and object names. */
export const parseStorageKey = (key: string): { tenantId: string; sha256: string } => {
  const [tenantId, sha256, ...rest] = key.split('/');
  if (rest.length > 0 || tenantId === undefined || sha256 === undefined || !TENANT_ID.test(tenantId) || !SHA256.test(sha256)) {
    throw new TypeError(`Not a storage key: ${JSON.stringify(key)}`);
  }
  return { tenantId, sha256 };
};

export const isStorageKey = (key: string): boolean => {
  try {
    parseStorageKey(key);
    return true;
  } catch {
    return false;
  }
};

import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { type DocumentStorage, DocumentNotFoundError, parseStorageKey, type PutOptions, type StoredDocument, storageKey } from './document-storage.js';
import { spoolToFile } from './spool.js';

const INCOMING = '.incoming';

/**
 * Documents as files under one directory: `<root>/<tenantId>/<sha256>`. A put writes to a
 * temporary file under `<root>/.incoming` (same file system, so the rename is atomic), fsyncs it,
 * then renames it onto its key; a reader sees the whole file or none.
 */
export class FileSystemDocumentStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  async prepare(): Promise<void> {
    await mkdir(path.join(this.root, INCOMING), { recursive: true, mode: 0o700 });
    // Leftovers of a process killed mid-upload: nothing refers to them.
    const leftovers = await readdir(path.join(this.root, INCOMING));
    await Promise.all(leftovers.map((name) => rm(path.join(this.root, INCOMING, name), { force: true })));
  }

  async put(tenantId: string, content: Uint8Array | Readable, options: PutOptions = {}): Promise<StoredDocument> {
    storageKey(tenantId, '0'.repeat(64));
    const incoming = path.join(this.root, INCOMING, `${randomUUID()}.part`);
    await mkdir(path.dirname(incoming), { recursive: true, mode: 0o700 });
    const { size, sha256 } = await spoolToFile(content, incoming, options.maxBytes);
    const key = storageKey(tenantId, sha256);
    try {
      await syncFile(incoming);
      await mkdir(path.join(this.root, tenantId), { recursive: true, mode: 0o700 });
      // Same content, same name: a rename onto an existing key replaces it with identical bytes.
      await rename(incoming, this.fileOf(key));
    } catch (error) {
      await rm(incoming, { force: true });
      throw error;
    }
    return { key, size, sha256 };
  }

  async open(key: string): Promise<Readable> {
    const file = this.fileOf(key);
    try {
      // Opened before answering, so a missing file is an error here and not a broken stream later.
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DocumentNotFoundError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  /** Whether bytes are stored under the key (for checks and tests; reading goes through open). */
  async has(key: string): Promise<boolean> {
    return stat(this.fileOf(key)).then(() => true, () => false);
  }

  private fileOf(key: string): string {
    const { tenantId, sha256 } = parseStorageKey(key);
    return path.join(this.root, tenantId, sha256);
  }
}

const syncFile = async (file: string): Promise<void> => {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

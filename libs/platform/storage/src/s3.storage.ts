import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Client } from 'minio';
import { type DocumentStorage, DocumentNotFoundError, parseStorageKey, type PutOptions, type StoredDocument, storageKey } from './document-storage.js';
import { spoolToFile } from './spool.js';

export interface S3StorageSettings {
  /** `http(s)://host:port` of the S3-compatible server (MinIO, Ceph, a cloud's object storage). */
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

const NOT_THERE = new Set(['NoSuchKey', 'NotFound', 'NoSuchObject']);

/**
 * Documents as objects named by their key in one bucket. The key depends on the content's
 * hash, so the bytes are first spooled to a private temporary file (measured and hashed on the
 * way, the size limit enforced there); only a complete file is uploaded, and S3 makes an object
 * visible only once its upload completed. Content already stored is not uploaded again.
 */
export class S3DocumentStorage implements DocumentStorage {
  private readonly client: Client;

  constructor(private readonly settings: S3StorageSettings) {
    const url = new URL(settings.endpoint);
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      useSSL: url.protocol === 'https:',
      accessKey: settings.accessKey,
      secretKey: settings.secretKey,
      region: settings.region,
      pathStyle: true,
    });
  }

  async prepare(): Promise<void> {
    const { bucket, region } = this.settings;
    if (await this.client.bucketExists(bucket)) return;
    try {
      await this.client.makeBucket(bucket, region);
    } catch (error) {
      // Another replica made it first.
      if ((error as { code?: string }).code !== 'BucketAlreadyOwnedByYou') throw error;
    }
  }

  async put(tenantId: string, content: Uint8Array | Readable, options: PutOptions = {}): Promise<StoredDocument> {
    storageKey(tenantId, '0'.repeat(64));
    const folder = await mkdtemp(path.join(tmpdir(), 'xieshang-upload-'));
    try {
      const file = path.join(folder, randomUUID());
      const { size, sha256 } = await spoolToFile(content, file, options.maxBytes);
      const key = storageKey(tenantId, sha256);
      if (!(await this.exists(key))) {
        await this.client.fPutObject(this.settings.bucket, key, file, { 'Content-Type': 'application/octet-stream' });
      }
      return { key, size, sha256 };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  async open(key: string): Promise<Readable> {
    parseStorageKey(key);
    try {
      return await this.client.getObject(this.settings.bucket, key);
    } catch (error) {
      if (isNotThere(error)) throw new DocumentNotFoundError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    parseStorageKey(key);
    await this.client.removeObject(this.settings.bucket, key);
  }

  private async exists(key: string): Promise<boolean> {
    try {
      await this.client.statObject(this.settings.bucket, key);
      return true;
    } catch (error) {
      if (isNotThere(error)) return false;
      throw error;
    }
  }
}

const isNotThere = (error: unknown): boolean => NOT_THERE.has((error as { code?: string }).code ?? '');

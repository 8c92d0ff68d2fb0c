import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { createHash } from 'node:crypto';
import S3rver from 's3rver';
import {
  createDocumentStorage,
  type DocumentStorage,
  DocumentNotFoundError,
  DocumentTooLargeError,
  FileSystemDocumentStorage,
  S3DocumentStorage,
  storageKey,
} from '../src/index.js';

/**
 * Both drivers against real backends: a directory on disk, and an S3-compatible server (s3rver,
 * which speaks the S3 REST protocol with signature checks) reached through the minio client.
 */
const TENANT = 'bazhou';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const minutes = Buffer.from('巴州区政协 2027 年第一次协商会议纪要\n'.repeat(200));

/** A stream that sends some bytes and then breaks off, as a client that disconnects mid-upload. */
const brokenUpload = (): Readable =>
  new Readable({
    read() {
      this.push(Buffer.alloc(64 * 1024, 0x41));
      setImmediate(() => this.destroy(new Error('client went away')));
    },
  });

const uploadTemps = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('xieshang-upload-'));

interface Backend {
  storage: DocumentStorage;
  stop(): Promise<void>;
  /** Whatever the backend holds besides finished documents (temporary files). */
  leftovers(): Promise<string[]>;
}

const fileSystem = async (): Promise<Backend> => {
  const root = await mkdtemp(path.join(tmpdir(), 'xs-storage-fs-'));
  const storage = createDocumentStorage({ STORAGE_DRIVER: 'fs', STORAGE_DIR: root, STORAGE_S3_REGION: 'us-east-1', DOCUMENT_MAX_BYTES: 1024 });
  expect(storage).toBeInstanceOf(FileSystemDocumentStorage);
  await storage.prepare();
  return {
    storage,
    stop: () => rm(root, { recursive: true, force: true }),
    leftovers: () => readdir(path.join(root, '.incoming')),
  };
};

const s3 = async (): Promise<Backend> => {
  const directory = await mkdtemp(path.join(tmpdir(), 'xs-storage-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const { port } = await server.run();
  const storage = createDocumentStorage({
    STORAGE_DRIVER: 's3',
    STORAGE_DIR: '.unused',
    STORAGE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    STORAGE_S3_BUCKET: 'xieshang-documents',
    STORAGE_S3_ACCESS_KEY: 'S3RVER',
    STORAGE_S3_SECRET_KEY: 'S3RVER',
    STORAGE_S3_REGION: 'us-east-1',
    DOCUMENT_MAX_BYTES: 1024,
  });
  expect(storage).toBeInstanceOf(S3DocumentStorage);
  // Twice: the second finds the bucket the first made.
  await storage.prepare();
  await storage.prepare();
  const before = await uploadTemps();
  return {
    storage,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
    leftovers: async () => (await uploadTemps()).filter((name) => !before.includes(name)),
  };
};

describe.each([
  ['the file-system driver', fileSystem],
  ['the S3 driver', s3],
])('%s', (_name, makeBackend) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await makeBackend();
  });
  afterAll(() => backend.stop());

  it('stores bytes under <tenant>/<sha256> and gives them back', async () => {
    const stored = await backend.storage.put(TENANT, minutes);
    expect(stored).toEqual({ key: `${TENANT}/${sha256(minutes)}`, size: minutes.length, sha256: sha256(minutes) });
    expect(await text(await backend.storage.open(stored.key))).toBe(minutes.toString());
  });

  it('stores a stream the same way as bytes', async () => {
    const stored = await backend.storage.put(TENANT, Readable.from([minutes.subarray(0, 10), minutes.subarray(10)]));
    expect(stored.key).toBe(storageKey(TENANT, sha256(minutes)));
  });

  it('stores the same content twice under one key, and apart per tenant', async () => {
    const agenda = Buffer.from('议程：一、通报情况；二、协商发言');
    const first = await backend.storage.put(TENANT, agenda);
    const second = await backend.storage.put(TENANT, Buffer.from(agenda));
    const elsewhere = await backend.storage.put('bazhong', agenda);
    expect(second).toEqual(first);
    expect(elsewhere.key).toBe(`bazhong/${first.sha256}`);
    await backend.storage.remove(elsewhere.key);
    expect(await text(await backend.storage.open(first.key))).toBe(agenda.toString());
  });

  it('takes concurrent puts of one content, leaving one whole copy', async () => {
    const report = Buffer.from(Array.from({ length: 5000 }, (_, index) => `第${index}条意见\n`).join(''));
    const results = await Promise.all(Array.from({ length: 8 }, () => backend.storage.put(TENANT, Buffer.from(report))));
    expect(new Set(results.map((result) => result.key)).size).toBe(1);
    expect(await text(await backend.storage.open(results[0]!.key))).toBe(report.toString());
    expect(await backend.leftovers()).toEqual([]);
  });

  it('answers DocumentNotFoundError for a key with no bytes, and after remove', async () => {
    const missing = storageKey(TENANT, sha256(Buffer.from('never stored')));
    await expect(backend.storage.open(missing)).rejects.toBeInstanceOf(DocumentNotFoundError);
    const stored = await backend.storage.put(TENANT, Buffer.from('to be removed'));
    await backend.storage.remove(stored.key);
    await expect(backend.storage.open(stored.key)).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(backend.storage.remove(stored.key)).resolves.toBeUndefined();
  });

  it('refuses content over the size limit and keeps nothing of it', async () => {
    const tooLarge = Buffer.alloc(2048, 0x42);
    await expect(backend.storage.put(TENANT, tooLarge, { maxBytes: 1024 })).rejects.toBeInstanceOf(DocumentTooLargeError);
    await expect(backend.storage.open(storageKey(TENANT, sha256(tooLarge)))).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect(await backend.leftovers()).toEqual([]);
  });

  it('keeps nothing of an upload that breaks off half-way', async () => {
    await expect(backend.storage.put(TENANT, brokenUpload())).rejects.toThrow('client went away');
    expect(await backend.leftovers()).toEqual([]);
  });

  it('refuses keys that are not <tenant>/<sha256>, so none can reach outside its place', async () => {
    await expect(backend.storage.open('../../etc/passwd')).rejects.toThrow(TypeError);
    await expect(backend.storage.open(`${TENANT}/${'a'.repeat(64)}/x`)).rejects.toThrow(TypeError);
    await expect(backend.storage.put('../other', minutes)).rejects.toThrow(TypeError);
  });
});

// s3rver checks the access key id but not the V4 signature itself, so a wrong secret would pass there.
describe('the S3 driver against a server that checks credentials', () => {
  it('fails at prepare with an unknown access key, and the secret is not in the error', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'xs-storage-s3-'));
    const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
    const { port } = await server.run();
    try {
      const storage = new S3DocumentStorage({
        endpoint: `http://127.0.0.1:${port}`,
        bucket: 'xieshang-documents',
        accessKey: 'NOT-A-KEY',
        secretKey: 'not-the-secret-2f9c',
        region: 'us-east-1',
      });
      const failure = await storage.prepare().then(() => undefined, (error: Error) => error);
      // bucketExists is a HEAD: the 403 has no body to name the reason.
      expect(failure).toMatchObject({ code: 'AccessDenied' });
      expect(JSON.stringify({ message: failure?.message, ...failure })).not.toContain('not-the-secret-2f9c');
    } finally {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('choosing the driver', () => {
  it('names every missing S3 variable (and no value) when the S3 driver lacks them', () => {
    expect(() =>
      createDocumentStorage({ STORAGE_DRIVER: 's3', STORAGE_DIR: 'x', STORAGE_S3_REGION: 'us-east-1', STORAGE_S3_SECRET_KEY: 'hush', DOCUMENT_MAX_BYTES: 1 }),
    ).toThrow(/STORAGE_S3_ENDPOINT.*STORAGE_S3_BUCKET.*STORAGE_S3_ACCESS_KEY/);
    try {
      createDocumentStorage({ STORAGE_DRIVER: 's3', STORAGE_DIR: 'x', STORAGE_S3_REGION: 'us-east-1', STORAGE_S3_SECRET_KEY: 'hush', DOCUMENT_MAX_BYTES: 1 });
    } catch (error) {
      expect((error as Error).message).not.toContain('hush');
    }
  });

  it('clears temporary files a killed process left in the file-system driver', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'xs-storage-fs-'));
    try {
      const storage = new FileSystemDocumentStorage(root);
      await storage.prepare();
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path.join(root, '.incoming', 'dead.part'), 'half');
      await storage.prepare();
      expect(await readdir(path.join(root, '.incoming'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentTooLargeError } from './document-storage.js';

/** Counts and hashes what passes, and stops the stream at the first byte beyond `maxBytes`. */
export class MeasuringStream extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new DocumentTooLargeError(this.maxBytes));
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export const asReadable = (content: Uint8Array | Readable): Readable =>
  content instanceof Readable ? content : Readable.from([Buffer.from(content.buffer, content.byteOffset, content.byteLength)]);

/**
 * Writes the content to `file` while measuring it. On any failure (too large, the source broke
 * off, the disk) the file is removed before the error is passed on, so no half-written file stays.
 */
export const spoolToFile = async (content: Uint8Array | Readable, file: string, maxBytes?: number): Promise<{ size: number; sha256: string }> => {
  const measure = new MeasuringStream(maxBytes);
  try {
    await pipeline(asReadable(content), measure, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { size: measure.size, sha256: measure.digest() };
};

import { DocumentTooLargeError } from '@xieshang/platform-storage';

/**
 * The whole body, read while counting: the first chunk past `maxBytes` stops the reading with
 * DocumentTooLargeError, so an oversized upload is never held whole. A body that breaks off
 * (the client went away) rejects, and nothing of it is kept.
 */
export const readLimited = async (body: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new DocumentTooLargeError(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
};

import { isStorableText } from '@xieshang/contracts';

/** Deeper than any contract nests (a template's units are four levels); a body beyond it is refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How deep JSON text nests, counted on its bytes without parsing (brackets inside strings do not count). */
export const jsonDepth = (bytes: Uint8Array | string): number => {
  const source = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < source.length; index += 1) {
    const byte = source[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte as number)) deepest = Math.max(deepest, ++depth);
    else if (CLOSE.has(byte as number)) depth -= 1;
  }
  return deepest;
};

/**
 * The first string (value or key) of a parsed body that PostgreSQL could not store: a NUL or a
 * lone surrogate. Walked without recursion; the depth was capped before parsing.
 */
export const firstUnstorableText = (value: unknown): string | undefined => {
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length > 0) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path || '(body)';
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!isStorableText(key)) return path || '(body)';
        pending.push([child, childPath]);
      }
    }
  }
  return undefined;
};

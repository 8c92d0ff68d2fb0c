import { createHash } from 'node:crypto';
import { canonicalJson, chainHash, GENESIS_HASH, startOfChain, verifyChain, walkChain, type ChainRecord } from './audit-chain.rules.js';

const chainOf = (count: number): ChainRecord[] => {
  const records: ChainRecord[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const previousHash = records.at(-1)?.hash ?? GENESIS_HASH;
    const content = {
      seq,
      tenantId: 'bazhou',
      eventId: `00000000-0000-4000-8000-00000000000${seq}`,
      occurredAt: `2026-03-0${seq}T08:00:00.000Z`,
      actorId: 'bazhou-admin',
      correlationId: `corr-${seq}`,
      context: 'directory',
      entity: 'org-unit',
      entityId: `unit-${seq}`,
      action: 'updated',
      before: { name: `旧名${seq}`, active: true },
      after: { name: `新名${seq}`, active: seq % 2 === 0 },
    };
    records.push({ ...content, id: `row-${seq}`, previousHash, hash: chainHash(previousHash, content) });
  }
  return records;
};

describe('canonical JSON', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: '巴州' }], c: true } })).toBe('{"a":{"c":true,"d":[2,{"y":"巴州","z":null}]},"b":1}');
  });

  it('gives the same text for the same content in any key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'a', q: 'b' } })).toBe(canonicalJson({ y: { q: 'b', p: 'a' }, x: 1 }));
  });

  it('leaves out undefined members and writes undefined array items as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('the chain hash', () => {
  it('is the sha256 of the previous hash, a newline and the canonical content', () => {
    const [first] = chainOf(1);
    const expected = createHash('sha256')
      .update(
        `${GENESIS_HASH}\n{"action":"updated","actorId":"bazhou-admin","after":{"active":false,"name":"新名1"},"before":{"active":true,"name":"旧名1"},` +
          `"context":"directory","correlationId":"corr-1","entity":"org-unit","entityId":"unit-1","eventId":"00000000-0000-4000-8000-000000000001",` +
          `"occurredAt":"2026-03-01T08:00:00.000Z","seq":1,"tenantId":"bazhou"}`,
      )
      .digest('hex');
    expect(first?.hash).toBe(expected);
  });

  it('ignores fields outside the hashed content, such as the row id', () => {
    const [first] = chainOf(1);
    if (!first) throw new Error('no record');
    expect(chainHash(GENESIS_HASH, { ...first, id: 'another-row' } as ChainRecord)).toBe(first.hash);
  });

  it('changes when the previous hash changes', () => {
    const [first] = chainOf(1);
    if (!first) throw new Error('no record');
    expect(chainHash('f'.repeat(64), first)).not.toBe(first.hash);
  });
});

describe('verifying a chain', () => {
  it('accepts an intact chain and reports how far it reached', () => {
    const records = chainOf(5);
    expect(verifyChain(records)).toEqual({ checked: 5, tip: { seq: 5, hash: records[4]?.hash } });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual(startOfChain());
  });

  it('names the record whose content was edited as a hash mismatch, and only that one', () => {
    const records = chainOf(5).map((record) => (record.seq === 3 ? { ...record, after: { name: '篡改', active: true } } : record));
    const walk = verifyChain(records);
    expect(walk.firstBroken).toEqual({ seq: 3, id: 'row-3', reason: 'hash-mismatch' });
    expect(walk.checked).toBe(5);
  });

  it('names the record after one whose hash was rewritten to match an edit', () => {
    const records = chainOf(4).map((record) => {
      if (record.seq !== 2) return record;
      const edited = { ...record, action: 'deleted' };
      return { ...edited, hash: chainHash(edited.previousHash, edited) };
    });
    expect(verifyChain(records).firstBroken).toEqual({ seq: 3, id: 'row-3', reason: 'previous-hash-mismatch' });
  });

  it('names the record after a missing one as a seq gap', () => {
    const records = chainOf(5).filter((record) => record.seq !== 2);
    expect(verifyChain(records).firstBroken).toEqual({ seq: 3, id: 'row-3', reason: 'seq-gap' });
  });

  it('refuses a chain that does not start at seq 1', () => {
    expect(verifyChain(chainOf(3).slice(1)).firstBroken).toMatchObject({ seq: 2, reason: 'seq-gap' });
  });

  it('gives the same outcome walked in batches as in one pass', () => {
    const records = chainOf(6).map((record) => (record.seq === 5 ? { ...record, entityId: 'other' } : record));
    const batched = walkChain(walkChain(walkChain(startOfChain(), records.slice(0, 2)), records.slice(2, 4)), records.slice(4));
    expect(batched).toEqual(verifyChain(records));
    expect(batched.firstBroken).toMatchObject({ seq: 5, reason: 'hash-mismatch' });
  });
});

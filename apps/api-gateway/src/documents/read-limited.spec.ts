import { Readable } from 'node:stream';
import { DocumentTooLargeError } from '@xieshang/platform-storage';
import { readLimited } from './read-limited.js';

describe('reading an upload body under a limit', () => {
  it('answers every byte of a body within the limit', async () => {
    const body = Readable.from([Buffer.from('协商'), Buffer.from('会议')]);
    expect((await readLimited(body, 12)).toString()).toBe('协商会议');
  });

  it('stops at the first chunk past the limit, without reading the rest', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(readLimited(endless, 10 * 1024)).rejects.toBeInstanceOf(DocumentTooLargeError);
    expect(pulled).toBeLessThan(20);
    expect(endless.destroyed).toBe(true);
  });

  it('rejects a body that breaks off', async () => {
    let sent = false;
    const broken = new Readable({
      read() {
        if (sent) return;
        sent = true;
        this.push(Buffer.alloc(10));
        setImmediate(() => this.destroy(new Error('aborted')));
      },
    });
    await expect(readLimited(broken, 1024)).rejects.toThrow('aborted');
  });
});

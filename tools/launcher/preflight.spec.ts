import { REQUIRED_NODE_MAJOR, nodeTooOldMessage } from './preflight.mjs';

describe('the Node version check of npm start and npm test', () => {
  it('says in one line that Node 20 is too old, and how to get Node 24', () => {
    const message = nodeTooOldMessage('20.20.2');
    expect(message).toContain('Node 24');
    expect(message).toContain('20.20.2');
    expect(message).toContain('.ci/run');
    expect(message).not.toContain('\n');
  });

  it('accepts Node 24 and anything newer', () => {
    expect(nodeTooOldMessage('24.0.0')).toBeNull();
    expect(nodeTooOldMessage('26.1.0')).toBeNull();
  });

  it('agrees with package.json engines and .nvmrc', async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(`>=${REQUIRED_NODE_MAJOR}`);
    expect((await readFile('.nvmrc', 'utf8')).trim()).toBe(String(REQUIRED_NODE_MAJOR));
  });
});

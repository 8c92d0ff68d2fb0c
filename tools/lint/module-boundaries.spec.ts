import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';

/** Lints a file that does not exist on disk, as if it were at `filePath`, with the workspace's rules. */
const boundaryMessages = async (filePath: string, source: string): Promise<string[]> => {
  const [result] = await new ESLint({ cwd: process.cwd() }).lintText(source, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
};

describe('module boundaries (Nx tags)', () => {
  // The rule reads Nx's cached project graph, which only `nx` commands write: make it here, so
  // these tests need no lint run before them. In-process, so no Nx daemon outlives the test.
  beforeAll(async () => {
    process.env['NX_DAEMON'] = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  it('refuses the console importing a platform library', async () => {
    const messages = await boundaryMessages(
      'apps/admin-console/src/boundary-probe.ts',
      `import { Public } from '@xieshang/platform-auth';\nexport const probe = Public;\n`,
    );
    expect(messages.join('\n')).toMatch(/"type:console" can only depend on libs tagged with/);
  });

  it('refuses contracts importing anything of ours', async () => {
    const messages = await boundaryMessages(
      'libs/contracts/src/boundary-probe.ts',
      `import { loadConfig } from '@xieshang/platform-config';\nexport const probe = loadConfig;\n`,
    );
    expect(messages.length).toBeGreaterThan(0);
  });

  it('refuses one app importing another', async () => {
    const messages = await boundaryMessages(
      'apps/planning-service/src/boundary-probe.ts',
      `import { configSchema } from '../../api-gateway/src/config/config.schema.js';\nexport const probe = configSchema;\n`,
    );
    expect(messages.length).toBeGreaterThan(0);
  });

  it('lets an app use contracts and platform libraries', async () => {
    const messages = await boundaryMessages(
      'apps/planning-service/src/boundary-probe.ts',
      `import { ROLES } from '@xieshang/contracts';\nimport { loadConfig } from '@xieshang/platform-config';\nexport const probe = [ROLES, loadConfig];\n`,
    );
    expect(messages).toEqual([]);
  });
});

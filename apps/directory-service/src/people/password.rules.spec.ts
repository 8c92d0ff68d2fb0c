import { hashPassword, verifyPassword } from './password.rules.js';

describe('password hashing', () => {
  it('accepts the password it hashed and refuses another', async () => {
    const stored = await hashPassword('xieshang-demo');
    expect(await verifyPassword('xieshang-demo', stored)).toBe(true);
    expect(await verifyPassword('xieshang-demo!', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords store differently', async () => {
    expect(await hashPassword('same-password')).not.toEqual(await hashPassword('same-password'));
  });

  it('refuses when nothing or something malformed is stored', async () => {
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});

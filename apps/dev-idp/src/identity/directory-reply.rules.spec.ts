import { DirectoryReplyError, readCredentialReply } from './directory-reply.rules.js';

const identity = { subject: 'p-1', username: 'wang', displayName: '王芳', tenant: 'bazhou', roles: ['office'], orgUnitId: null };

describe('directory credential reply', () => {
  it('reads the person from a NestJS reply packet', () => {
    expect(readCredentialReply({ id: 'r1', response: identity, isDisposed: false })).toEqual(identity);
  });

  it('reads the person from a bare reply', () => {
    expect(readCredentialReply(identity)).toEqual(identity);
  });

  it('drops role names that are not ours', () => {
    expect(readCredentialReply({ response: { ...identity, roles: ['office', 'superuser'] } })?.roles).toEqual(['office']);
  });

  it('treats invalid credentials and a disabled account as a refusal', () => {
    expect(readCredentialReply({ err: { code: 'DIRECTORY.INVALID_CREDENTIALS', message: 'no' }, isDisposed: true })).toBeNull();
    expect(readCredentialReply({ code: 'DIRECTORY.ACCOUNT_DISABLED', message: 'disabled' })).toBeNull();
  });

  it('raises on any other error, so an outage is not shown as a wrong password', () => {
    expect(() => readCredentialReply({ err: { code: 'COMMON.INTERNAL', message: 'boom' } })).toThrow(DirectoryReplyError);
    expect(() => readCredentialReply({ err: 'There is no matching message handler defined in the remote service.' })).toThrow(DirectoryReplyError);
  });

  it('raises on a reply that is not a person', () => {
    expect(() => readCredentialReply({ response: { subject: 'p-1' } })).toThrow(DirectoryReplyError);
  });
});

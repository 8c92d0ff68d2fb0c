import { PersonEvent } from '@xieshang/contracts';
import { applyAccessChange, forgetExpired, type RevokedSubjects } from './revoked-people.rules.js';

const at = '2026-11-30T01:00:00.000Z';

describe('the revoked subjects', () => {
  it('holds a disabled person by id and by identity-provider subject, until they are enabled again', () => {
    const revoked: RevokedSubjects = new Map();
    applyAccessChange(revoked, { subject: PersonEvent.Disabled, occurredAt: at, payload: { personId: 'p-1', idpSubject: 'kc-1' } });
    expect([...revoked.keys()].sort()).toEqual(['kc-1', 'p-1']);
    applyAccessChange(revoked, { subject: PersonEvent.Enabled, occurredAt: at, payload: { personId: 'p-1', idpSubject: 'kc-1' } });
    expect(revoked.size).toBe(0);
  });

  it('ignores other subjects and malformed payloads', () => {
    const revoked: RevokedSubjects = new Map();
    applyAccessChange(revoked, { subject: 'evt.directory.person.updated.v1', occurredAt: at, payload: { personId: 'p-1', idpSubject: null } });
    applyAccessChange(revoked, { subject: PersonEvent.Disabled, occurredAt: at, payload: null as never });
    expect(revoked.size).toBe(0);
  });

  it('forgets a revocation once no token issued before it can still be valid', () => {
    const revoked: RevokedSubjects = new Map([['old', 0], ['new', 9_000]]);
    forgetExpired(revoked, 10_000, 5_000);
    expect([...revoked.keys()]).toEqual(['new']);
  });
});

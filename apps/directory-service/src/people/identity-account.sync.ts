import type { EntityManager } from 'typeorm';
import type { IdentityAdmin } from '../identity-admin/identity-admin.port.js';
import type { PersonEntity } from './person.entity.js';
import { toIdentityAccount } from './person.rules.js';

/** Stores the identity provider's subject, so `/me` finds the person by their token. Not a change of the person's own data, so no new version. */
export const linkSubject = (manager: EntityManager, personId: string, subject: string): Promise<unknown> =>
  manager.query('update directory.people set idp_subject = $1 where id = $2', [subject, personId]);

/** Brings the person's identity-provider account in line with the row just written, in the same transaction. */
export const syncIdentityAccount = async (manager: EntityManager, identityAdmin: IdentityAdmin, person: PersonEntity): Promise<void> => {
  const subject = await identityAdmin.updateAccount({ subject: person.idpSubject, username: person.username }, toIdentityAccount(person));
  if (subject && subject !== person.idpSubject) await linkSubject(manager, person.id, subject);
};

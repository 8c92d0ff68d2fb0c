import type { EntityManager } from 'typeorm';
import { PersonEvent, type PersonAccessChangedPayload, type PersonView } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { findContext } from '@xieshang/platform-tenancy';
import type { IdentityAdmin } from '../../identity-admin/identity-admin.port.js';
import { syncIdentityAccount } from '../identity-account.sync.js';
import { auditPerson } from '../person.audit.js';
import { PersonEntity, toPersonView } from '../person.entity.js';
import { findPerson } from '../person.lookup.js';
import { assertNotSelf } from '../person.rules.js';

/**
 * Disables or enables a person. A disabled person cannot sign in (the credential check and `/me`
 * refuse them; Keycloak gets enabled=false), and the event tells every gateway replica to refuse
 * the tokens they already hold. Asking for the state they are in changes nothing.
 */
export const changePersonEnabled = async (
  manager: EntityManager,
  identityAdmin: IdentityAdmin,
  id: string,
  enabled: boolean,
): Promise<PersonView> => {
  const person = await findPerson(manager, id, { forUpdate: true });
  if (!enabled) assertNotSelf(person, findContext()?.userId ?? null);
  const before = toPersonView(person);
  if (person.enabled === enabled) return before;
  await manager.update(PersonEntity, { id }, { enabled });
  const updated = await findPerson(manager, id);
  await syncIdentityAccount(manager, identityAdmin, updated);
  const after = toPersonView(updated);
  await auditPerson(manager, enabled ? 'enabled' : 'disabled', before, after);
  await recordEvent<PersonAccessChangedPayload>(
    manager,
    { subject: enabled ? PersonEvent.Enabled : PersonEvent.Disabled, payload: { personId: id, idpSubject: updated.idpSubject } },
    { schema: 'directory' },
  );
  return after;
};

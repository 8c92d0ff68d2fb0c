import type { EntityManager } from 'typeorm';
import { OrgUnitEntity } from '../org-units/org-unit.entity.js';
import { PersonEntity } from './person.entity.js';
import { personNotFound } from './person.rules.js';

/** One person of the current tenant; row-level security makes another tenant's person not found. */
export const findPerson = async (manager: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<PersonEntity> => {
  const builder = manager.getRepository(PersonEntity).createQueryBuilder('person').where('person.id = :id', { id });
  if (options.forUpdate) builder.setLock('pessimistic_write');
  const person = await builder.getOne();
  if (!person) throw personNotFound(id);
  return person;
};

/** The unit a person is to be placed in, held so that it cannot be retired before this commits. */
export const findTargetOrgUnit = (manager: EntityManager, id: string): Promise<OrgUnitEntity | null> =>
  manager.getRepository(OrgUnitEntity).createQueryBuilder('unit').where('unit.id = :id', { id }).setLock('pessimistic_read').getOne();

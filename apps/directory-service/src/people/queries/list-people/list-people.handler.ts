import { Injectable } from '@nestjs/common';
import { listQuerySchema, PERSON_SORT_FIELDS, personListFilterSchema, type ListResult, type PersonView } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { assertListWindow } from '../../../org-units/list-window.rules.js';
import { PersonEntity, toPersonView } from '../../person.entity.js';
import type { z } from 'zod';

// Built once: a zod schema made per request costs far more than parsing with it.
export const listPeopleSchema = listQuerySchema.extend({ filter: personListFilterSchema.default({}) });

/** The tenant's people, filtered by org unit, role, state or a search, sorted and paged as react-admin asks. */
@Injectable()
export class ListPeopleHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(query: z.infer<typeof listPeopleSchema>): Promise<ListResult<PersonView>> {
    const { filter, range } = query;
    const [sortField, order] = query.sort ?? ['username', 'ASC'];
    assertListWindow(range, sortField, PERSON_SORT_FIELDS);
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(PersonEntity).createQueryBuilder('person');
      if (filter.orgUnitId) builder.andWhere('person.orgUnitId = :orgUnitId', { orgUnitId: filter.orgUnitId });
      if (filter.role) builder.andWhere(':role = any(person.roles)', { role: filter.role });
      if (filter.enabled !== undefined) builder.andWhere('person.enabled = :enabled', { enabled: filter.enabled });
      if (filter.q) builder.andWhere('(person.username ilike :q or person.displayName ilike :q)', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('person.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [people, total] = await builder
        .orderBy(`person.${sortField}`, order)
        .addOrderBy('person.id', 'ASC')
        .skip(range[0])
        .take(range[1] - range[0] + 1)
        .getManyAndCount();
      return { items: people.map(toPersonView), total };
    });
  }
}

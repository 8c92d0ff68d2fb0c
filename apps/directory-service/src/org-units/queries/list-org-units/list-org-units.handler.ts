import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listQuerySchema, ORG_UNIT_SORT_FIELDS, orgUnitListFilterSchema, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { containsPattern } from '@xieshang/platform-persistence';
import { assertListWindow } from '../../list-window.rules.js';
import { OrgUnitEntity, toOrgUnitView } from '../../org-unit.entity.js';

/** The tenant's org units, filtered, sorted and paged as react-admin asks. */
@Injectable()
export class ListOrgUnitsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: unknown): Promise<ListResult<OrgUnitView>> {
    const query = parseInput(listQuerySchema.extend({ filter: orgUnitListFilterSchema.default({}) }), input);
    const filter = query.filter;
    const [from, to] = query.range;
    const [sortField, order] = query.sort ?? ['name', 'ASC'];
    assertListWindow(query.range, sortField, ORG_UNIT_SORT_FIELDS);
    return inCurrentTenant(this.dataSource, async (manager) => {
      const builder = manager.getRepository(OrgUnitEntity).createQueryBuilder('unit');
      if (filter.kind) builder.andWhere('unit.kind = :kind', { kind: filter.kind });
      if (filter.active !== undefined) builder.andWhere('unit.active = :active', { active: filter.active });
      if (filter.q) builder.andWhere('(unit.name ilike :q or unit.shortName ilike :q)', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('unit.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [units, total] = await builder
        .orderBy(`unit.${sortField}`, order)
        .addOrderBy('unit.id', 'ASC')
        .skip(from)
        .take(to - from + 1)
        .getManyAndCount();
      return { items: units.map(toOrgUnitView), total };
    });
  }
}

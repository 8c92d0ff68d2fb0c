import { Injectable } from '@nestjs/common';
import { commissionResearchTopicCommandSchema, researchTopicRefSchema, type ResearchTopicView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits, PARTY_KINDS } from '../../directory/directory-org-units.js';
import { assertKnownOrgUnits } from '../../plan-items/plan-item.rules.js';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { ResearchTopicChoiceEntity, ResearchTopicEntity } from '../research-topic.entity.js';
import { findVisibleTopic, topicViews } from '../research-topic.repository.js';
import { assertMayChoose, assertMayCommission } from '../research-topic.rules.js';
import type { z } from 'zod';

/** A branch's leader chooses a catalogue topic for the branch; the committee commissions key research to a party. */
@Injectable()
export class ResearchTopicAssignmentHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  async choose(command: z.infer<typeof researchTopicRefSchema>): Promise<ResearchTopicView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const topic = await findVisibleTopic(manager, command.id, caller, true);
      const orgUnitId = assertMayChoose(topic, caller.roles, caller.orgUnitId);
      const [before] = await topicViews(manager, [topic], caller.roles, orgUnitId);
      await manager
        .getRepository(ResearchTopicChoiceEntity)
        .upsert({ topicId: topic.id, orgUnitId, chosenBy: caller.personId, chosenByName: nameOf(caller) }, ['topicId', 'orgUnitId']);
      topic.status = 'chosen';
      const saved = await manager.getRepository(ResearchTopicEntity).save(topic);
      const [after] = await topicViews(manager, [saved], caller.roles, orgUnitId);
      await auditChange(manager, 'research-topic', topic.id, 'chosen', before, after);
      return after as ResearchTopicView;
    });
  }

  async commission(command: z.infer<typeof commissionResearchTopicCommandSchema>): Promise<ResearchTopicView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'commission research');
    const parties = (await this.orgUnits.find([command.orgUnitId])).filter((unit) => PARTY_KINDS.includes(unit.kind));
    assertKnownOrgUnits([{ id: command.orgUnitId, path: 'orgUnitId' }], new Set(parties.map((unit) => unit.id)));
    return this.database.write(async (manager) => {
      const topic = await findVisibleTopic(manager, command.id, caller, true);
      assertMayCommission(topic);
      const [before] = await topicViews(manager, [topic], caller.roles, caller.orgUnitId);
      Object.assign(topic, { kind: 'commissioned', commissionedOrgUnitId: command.orgUnitId, status: 'chosen' });
      const saved = await manager.getRepository(ResearchTopicEntity).save(topic);
      const [after] = await topicViews(manager, [saved], caller.roles, caller.orgUnitId);
      await auditChange(manager, 'research-topic', topic.id, 'commissioned', before, after);
      return after as ResearchTopicView;
    });
  }
}

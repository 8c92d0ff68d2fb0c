import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { createPlanCommandSchema, PlanningErrorCode, type PlanView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PLAN_EDITORS, requireRole } from '../plan-access.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';
import type { z } from 'zod';

const isUniqueViolation = (error: unknown): boolean => error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/** Office or UFWD starts the year's plan; a second plan for the same year is refused. */
@Injectable()
export class CreatePlanHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof createPlanCommandSchema>): Promise<PlanView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'draft a plan');
    const required = await this.settings.yearlyMinimums();
    try {
      return await this.database.write(async (manager) => {
        const plan = await manager.getRepository(PlanEntity).save(
          manager.getRepository(PlanEntity).create({ year: command.year, title: command.title, status: 'draft', createdBy: caller.personId }),
        );
        const view = toPlanView(plan, [], required, caller.roles);
        await auditChange(manager, 'plan', plan.id, 'created', null, planRecord(view));
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppException(PlanningErrorCode.PlanExists, `There is already a plan for ${command.year}`, { year: command.year });
      }
      throw error;
    }
  }
}

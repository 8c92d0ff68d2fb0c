import { Injectable } from '@nestjs/common';
import { assignCaseCommandSchema, type AssignerRole, type CaseView, extendCaseCommandSchema, returnCaseCommandSchema } from '@xieshang/contracts';
import { cancelDeadlines } from '@xieshang/platform-deadlines';
import type { z } from 'zod';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { DEADLINES } from '../../handling.constants.js';
import { HandlingSettings } from '../../settings/handling-settings.js';
import { saveCase } from '../case.repository.js';
import { coHandlersOf, extendedDue } from '../case.rules.js';
import { closeCaseTask, openCaseTask, unitAssignee } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';
import { recordCaseReturned } from '../case-events.js';
import { caseReference, scheduleCaseDeadlines, startHandling } from './start-handling.js';

const S = 'handling_feedback';

/** The party office or the government office assigns; a department may return a case it cannot own; the assigner extends once. */
@Injectable()
export class AssignmentHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly directory: DirectoryOrgUnits,
    private readonly offices: OfficeUnitsSource,
    private readonly settings: HandlingSettings,
  ) {}

  async assign(command: z.infer<typeof assignCaseCommandSchema>): Promise<CaseView> {
    const coHandlers = coHandlersOf(command.leadOrgUnitId, command.coHandlerOrgUnitIds);
    await this.directory.assertDepartments([
      { path: 'leadOrgUnitId', id: command.leadOrgUnitId },
      ...coHandlers.map((id) => ({ path: `coHandlerOrgUnitIds.${command.coHandlerOrgUnitIds.indexOf(id)}`, id })),
    ]);
    const [offices, months] = await Promise.all([this.offices.units(), this.settings.reportMonths()]);
    return this.work.step(command.id, 'assign', async ({ manager, row, caller, note, now, zone }) => {
      const role: AssignerRole = caller.roles.includes('office') ? 'office' : 'gov-office';
      await manager.query(`delete from ${S}.case_co_handlers where case_id = $1`, [row.id]);
      for (const unit of coHandlers) await manager.query(`insert into ${S}.case_co_handlers (case_id, org_unit_id) values ($1, $2)`, [row.id, unit]);
      const assigned = await saveCase(manager, row, { assigned_by_role: role, assigned_by: caller.personId, lead_org_unit_id: command.leadOrgUnitId });
      await note('assigned', command.note);
      for (const unit of [offices.partyOffice, offices.govOffice]) if (unit) await closeCaseTask(manager, row.id, 'assign', unit);
      const assignerUnit = role === 'office' ? offices.partyOffice : offices.govOffice;
      return startHandling(manager, assigned, { now, months, zone, escalateTo: [assignerUnit, offices.ufwd] });
    });
  }

  /** Back to the assigner, who is told the reason; the clock stops until it is assigned again. */
  async return(command: z.infer<typeof returnCaseCommandSchema>): Promise<CaseView> {
    const offices = await this.offices.units();
    return this.work.step(command.id, 'return', async ({ manager, row, note, now }) => {
      await cancelDeadlines(manager, { reference: caseReference(row.id) }, DEADLINES, now);
      const saved = await saveCase(manager, row, { status: 'to_assign', lead_org_unit_id: null, due_at: null, assigned_at: null });
      await manager.query(`delete from ${S}.case_co_handlers where case_id = $1`, [row.id]);
      await note('returned-by-department', command.reason);
      await closeCaseTask(manager, row.id, 'handle');
      const unit = row.assigned_by_role ? (row.assigned_by_role === 'office' ? offices.partyOffice : offices.govOffice) : null;
      await recordCaseReturned(manager, row, { reason: command.reason, assignerOrgUnitId: unit });
      if (unit && row.assigned_by_role) {
        await openCaseTask(manager, { caseId: row.id, kind: 'assign', unit, title: `部门退回，请重新交办：${row.title}`, assignee: unitAssignee(unit, [row.assigned_by_role]), dueOn: null });
      }
      return saved;
    });
  }

  /** One extension, with its reason: the due date moves by the tenant's period, and so do the pending reminders. */
  async extend(command: z.infer<typeof extendCaseCommandSchema>): Promise<CaseView> {
    const [offices, months] = await Promise.all([this.offices.units(), this.settings.reportMonths()]);
    return this.work.step(command.id, 'extend', async ({ manager, row, note, zone }) => {
      const dueAt = extendedDue(new Date(row.due_at!), months, zone, row.extended);
      const assignerUnit = row.assigned_by_role === 'office' ? offices.partyOffice : offices.govOffice;
      await scheduleCaseDeadlines(manager, row, dueAt, zone, [assignerUnit, offices.ufwd]);
      await note('extended', command.reason);
      return saveCase(manager, row, { due_at: dueAt, extended: true, extension_reason: command.reason });
    });
  }
}

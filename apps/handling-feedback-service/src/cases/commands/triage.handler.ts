import { Injectable } from '@nestjs/common';
import {
  acceptCaseCommandSchema,
  type CaseView,
  closeCaseCommandSchema,
  CommonErrorCode,
  HandlingErrorCode,
  mergeCasesCommandSchema,
  splitCaseCommandSchema,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../../audit.js';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { OfficeUnitsSource } from '../../directory/office-units.js';
import { type CaseRow, insertCase, linkParty, partiesOf, recordStep, saveCase } from '../case.repository.js';
import { closeCaseTask, openCaseTask, unitAssignee } from '../case-tasks.js';
import { CaseWork } from '../case-work.js';
import { feedBackToParties } from '../case-feedback.js';
import { openTriageTask } from './open-triage-task.js';

const S = 'handling_feedback';

/** UFWD's triage (梳理): accept on a track, merge duplicates, split, or close with a reason the party sees. */
@Injectable()
export class TriageHandler {
  constructor(
    private readonly work: CaseWork,
    private readonly directory: DirectoryOrgUnits,
    private readonly offices: OfficeUnitsSource,
  ) {}

  async accept(command: z.infer<typeof acceptCaseCommandSchema>): Promise<CaseView> {
    const revision = command.track === 'document_revision';
    if (revision && command.draftingOrgUnitId) await this.directory.assertDepartments([{ path: 'draftingOrgUnitId', id: command.draftingOrgUnitId }]);
    const offices = await this.offices.units();
    return this.work.step(command.id, 'triage', async ({ manager, row, note }) => {
      const drafting = command.draftingOrgUnitId ?? row.drafting_org_unit_id;
      if (revision && !drafting) throw AppException.invalidInput([{ path: 'draftingOrgUnitId', message: 'a document-revision opinion names the department that drafted the document' }]);
      const saved = await saveCase(manager, row, { track: command.track, status: revision ? 'awaiting_adoption' : 'to_assign', drafting_org_unit_id: revision ? drafting : row.drafting_org_unit_id });
      await note(revision ? 'accepted-document-revision' : 'accepted-actionable');
      await closeCaseTask(manager, row.id, 'triage');
      if (revision) {
        await openCaseTask(manager, { caseId: row.id, kind: 'adopt', title: `研究采纳意见：${row.title}`, assignee: unitAssignee(drafting!, ['department']), dueOn: null });
      } else {
        for (const [unit, role] of [[offices.partyOffice, 'office'], [offices.govOffice, 'gov-office']] as const) {
          if (unit) await openCaseTask(manager, { caseId: row.id, kind: 'assign', unit, title: `交办协商意见：${row.title}`, assignee: unitAssignee(unit, [role]), dueOn: null });
        }
      }
      return saved;
    });
  }

  /** The duplicates become part of this case: each of their parties is linked here and told its result. */
  merge(command: z.infer<typeof mergeCasesCommandSchema>): Promise<CaseView> {
    return this.work.step(command.id, 'triage', async ({ manager, row, caller, note, now }) => {
      const others = [...new Set(command.caseIds)].filter((id) => id !== row.id);
      if (others.length === 0) throw AppException.invalidInput([{ path: 'caseIds', message: 'name at least one other case' }]);
      const duplicates: CaseRow[] = await manager.query(`select * from ${S}.cases where id = any($1) order by number for update`, [others]);
      if (duplicates.length !== others.length) throw new AppException(CommonErrorCode.NotFound, 'No such case', { fields: [{ path: 'caseIds', message: 'a case named does not exist' }] });
      const late = duplicates.filter((duplicate) => duplicate.status !== 'registered');
      if (late.length > 0) throw new AppException(HandlingErrorCode.CasesNotMergeable, 'Only cases waiting for triage are merged', { caseIds: late.map((duplicate) => duplicate.id) });
      for (const party of await partiesOf(manager, others)) {
        const { case_id: _from, ...link } = party;
        await linkParty(manager, row.id, link);
      }
      for (const duplicate of duplicates) {
        const merged = await saveCase(manager, duplicate, { status: 'merged', merged_into_id: row.id });
        await recordStep(manager, duplicate.id, 'merged-into', { id: caller.personId, name: nameOf(caller), orgUnitId: caller.orgUnitId }, `#${row.number}`, now);
        await auditChange(manager, 'case', duplicate.id, 'merged', { status: duplicate.status }, { status: merged.status, mergedIntoId: row.id });
        await closeCaseTask(manager, duplicate.id, 'triage');
      }
      await note('merged', duplicates.map((duplicate) => `#${duplicate.number}`).join(', '));
      return saveCase(manager, row, {});
    });
  }

  /** One opinion with several asks becomes several cases, each with every party of the original. */
  async split(command: z.infer<typeof splitCaseCommandSchema>): Promise<CaseView> {
    const { ufwd } = await this.offices.units();
    return this.work.step(command.id, 'triage', async ({ manager, row, caller, note, now }) => {
      const parties = await partiesOf(manager, [row.id]);
      const numbers: number[] = [];
      for (const part of command.parts) {
        const fresh = (await insertCase(manager, {
          opinionId: null,
          title: part.title,
          text: part.text,
          suggestedTrack: row.suggested_track,
          sourceKind: row.source_kind,
          sourceRecordId: row.source_record_id,
          sourceTitle: row.source_title,
          sourceSection: row.source_section,
          draftingOrgUnitId: row.drafting_org_unit_id,
          splitFromId: row.id,
          raisedAt: new Date(row.raised_at),
          year: row.year,
        }))!;
        for (const { case_id: _from, ...link } of parties) await linkParty(manager, fresh.id, link);
        await recordStep(manager, fresh.id, 'split-from', { id: caller.personId, name: nameOf(caller), orgUnitId: caller.orgUnitId }, `#${row.number}`, now);
        await auditChange(manager, 'case', fresh.id, 'registered', null, { status: fresh.status, splitFromId: row.id });
        await openTriageTask(manager, fresh, ufwd);
        numbers.push(fresh.number);
      }
      await note('split', numbers.map((number) => `#${number}`).join(', '));
      await closeCaseTask(manager, row.id, 'triage');
      return saveCase(manager, row, { status: 'split' });
    });
  }

  close(command: z.infer<typeof closeCaseCommandSchema>): Promise<CaseView> {
    return this.work.step(command.id, 'triage', async ({ manager, row, people, note }) => {
      const saved = await saveCase(manager, row, { status: 'closed', close_reason: command.reason });
      await note('closed-no-handling', command.reason);
      await closeCaseTask(manager, row.id, 'triage');
      await feedBackToParties(manager, saved, people.partyOrgUnitIds, 'closed');
      return saved;
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CommonErrorCode,
  WrittenErrorCode,
  EXPORT_CONTENT_TYPES,
  exportSummaryCommandSchema,
  type PlanExportView,
  summaryRefSchema,
  type SummaryView,
  updateSummaryCommandSchema,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { localDay } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SettingsClient } from '@xieshang/platform-runtime';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { AGGREGATORS, requireRole, WRITTEN_INSIDERS } from '../access.rules.js';
import { auditChange } from '../audit.js';
import { DirectoryClient } from '../directory/directory-client.js';
import { findVisibleSolicitation, submittedRepliesOf } from '../solicitations/solicitation-repository.js';
import type { SolicitationEntity } from '../solicitations/solicitation.entity.js';
import type { ReplyEntity } from '../replies/reply.entity.js';
import { summaryReportDocx } from './summary-report.docx.js';
import { summaryTableXlsx } from './summary-table.xlsx.js';
import { SummaryEntity } from './summary.entity.js';
import { buildSummary, summaryFileName, summaryRows, summaryTitle } from './summary.rules.js';

const chineseDate = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

/** A draft was never sent: it has no replies to summarise. */
const assertSummarisable = (solicitation: SolicitationEntity): void => {
  if (solicitation.status === 'draft') {
    throw new AppException(WrittenErrorCode.SolicitationNotInState, 'A draft has no replies to summarise', { status: 'draft', allowedFrom: ['sent', 'closed'] });
  }
};

interface Gathered {
  solicitation: SolicitationEntity;
  replies: ReplyEntity[];
  summary: SummaryEntity | null;
}

/** UFWD's summary of a solicitation's replies: read, annotated, exported, reported to the party committee. */
@Injectable()
export class SummaryHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
    private readonly settings: SettingsClient,
  ) {}

  async get({ id }: z.infer<typeof summaryRefSchema>): Promise<SummaryView> {
    requireRole(currentCaller().roles, WRITTEN_INSIDERS, 'read a summary');
    return this.view(await this.database.run((manager) => this.gather(manager, id)));
  }

  async update({ id, overallNote, sectionNotes, version }: z.infer<typeof updateSummaryCommandSchema>): Promise<SummaryView> {
    const caller = currentCaller();
    requireRole(caller.roles, AGGREGATORS, 'annotate a summary');
    const names = await this.names(id);
    return this.database.write(async (manager) => {
      const gathered = await this.gather(manager, id, true);
      assertSummarisable(gathered.solicitation);
      const repository = manager.getRepository(SummaryEntity);
      const summary = gathered.summary ?? repository.create({ id, overallNote: '', sectionNotes: {} });
      if (gathered.summary && version !== null && gathered.summary.version !== version) {
        throw new AppException(CommonErrorCode.VersionConflict, 'The summary changed since it was read', { currentVersion: gathered.summary.version });
      }
      const before = gathered.summary ? { overallNote: gathered.summary.overallNote, sectionNotes: gathered.summary.sectionNotes } : null;
      Object.assign(summary, { overallNote, sectionNotes });
      const saved = await repository.save(summary);
      await auditChange(manager, 'summary', id, 'annotated', before, { overallNote, sectionNotes });
      return this.view({ ...gathered, summary: saved }, names);
    });
  }

  /** Recorded when UFWD reports the summary to the party committee (报送区委). */
  async send({ id }: z.infer<typeof summaryRefSchema>): Promise<SummaryView> {
    const caller = currentCaller();
    requireRole(caller.roles, AGGREGATORS, 'report a summary');
    const names = await this.names(id);
    return this.database.write(async (manager) => {
      const gathered = await this.gather(manager, id, true);
      assertSummarisable(gathered.solicitation);
      const repository = manager.getRepository(SummaryEntity);
      const summary = gathered.summary ?? repository.create({ id, overallNote: '', sectionNotes: {} });
      Object.assign(summary, { sentToCommitteeAt: new Date(), sentToCommitteeBy: caller.personId, sentToCommitteeByName: nameOf(caller) });
      const saved = await repository.save(summary);
      await auditChange(manager, 'summary', id, 'sent-to-committee', null, { sentToCommitteeAt: saved.sentToCommitteeAt?.toISOString(), by: nameOf(caller) });
      return this.view({ ...gathered, summary: saved }, names);
    });
  }

  async export({ id, format }: z.infer<typeof exportSummaryCommandSchema>): Promise<PlanExportView> {
    requireRole(currentCaller().roles, WRITTEN_INSIDERS, 'export a summary');
    const summary = await this.view(await this.database.run((manager) => this.gather(manager, id)));
    const content =
      format === 'docx'
        ? await summaryReportDocx({
            issuer: (await this.directory.unitOfKind('ufwd'))?.name ?? '区委统战部',
            addressee: (await this.directory.unitOfKind('party_committee'))?.name ?? '区委',
            summary,
            issuedOn: chineseDate(localDay(summary.sentToCommitteeAt ? new Date(summary.sentToCommitteeAt) : new Date(), await this.settings.timeZone())),
          })
        : await summaryTableXlsx(summaryTitle(summary.solicitationTitle), summaryRows(summary), summary.silentOrgUnits.map((unit) => unit.orgUnitName));
    return { fileName: summaryFileName(summary.solicitationTitle, format), contentType: EXPORT_CONTENT_TYPES[format], base64: content.toString('base64') };
  }

  private async gather(manager: EntityManager, id: string, lock = false): Promise<Gathered> {
    const caller = currentCaller();
    const solicitation = await findVisibleSolicitation(manager, id, caller, lock);
    const replies = await submittedRepliesOf(manager, id);
    const summary = await manager.getRepository(SummaryEntity).findOne({ where: { id } });
    return { solicitation, replies, summary };
  }

  private async names(id: string): Promise<Map<string, string>> {
    const caller = currentCaller();
    const recipients = await this.database.run(async (manager) => (await findVisibleSolicitation(manager, id, caller)).recipientOrgUnitIds);
    return this.directory.names(recipients);
  }

  private async view({ solicitation, replies, summary }: Gathered, knownNames?: Map<string, string>): Promise<SummaryView> {
    const names = knownNames ?? (await this.directory.names(solicitation.recipientOrgUnitIds));
    return buildSummary({
      solicitation,
      replies,
      names,
      notes: { overallNote: summary?.overallNote ?? '', sectionNotes: summary?.sectionNotes ?? {} },
      sent: { at: summary?.sentToCommitteeAt ?? null, byName: summary?.sentToCommitteeByName ?? null },
      version: summary?.version ?? null,
    });
  }
}

import { z } from 'zod';
import { text } from '../common/primitives.js';
import type { Adoption, CaseOutcome, CaseStatus, Satisfaction } from './case.contract.js';
import type { OpinionSourceKind } from '../common/opinion.contract.js';

const year = z.number().int().min(2000).max(2999);

export const yearQuerySchema = z.strictObject({ year });
export const exportYearEndSchema = z.strictObject({ year, format: z.enum(['docx', 'xlsx']) });

/** 督查通报: drafted from the year's cases by the supervisor, published to the tenant. */
export const publishSupervisionSchema = z.strictObject({ year, title: text.trim().min(1).max(200), remarks: text.trim().max(5000).default('') });

/** A department's late or inadequate cases, with the facts. */
export interface SupervisionEntry {
  orgUnitId: string;
  orgUnitName: string;
  lateCases: { caseId: string; number: number; title: string; dueAt: string; releasedAt: string | null; daysLate: number }[];
  sentBackCases: { caseId: string; number: number; title: string; times: number; reasons: string[] }[];
}

export interface SupervisionReportView {
  id: string | null;
  year: number;
  title: string;
  remarks: string;
  entries: SupervisionEntry[];
  publishedAt: string | null;
  publishedByName: string | null;
}

export interface CountBy<K extends string = string> {
  key: K;
  count: number;
}

export interface DepartmentTimeliness {
  orgUnitId: string;
  orgUnitName: string;
  due: number;
  onTime: number;
  late: number;
  /** onTime ÷ (onTime + late), 0–1; null before anything fell due. */
  rate: number | null;
}

/** §4.1.4: what the year's consultation opinions became. */
export interface YearEndReportView {
  year: number;
  opinions: number;
  bySource: CountBy<OpinionSourceKind>[];
  byParty: (CountBy & { name: string })[];
  adoption: CountBy<Adoption>[];
  outcomes: CountBy<CaseOutcome>[];
  timeliness: DepartmentTimeliness[];
  satisfaction: CountBy<Satisfaction>[];
  openStepByStep: { caseId: string; number: number; title: string; leadOrgUnitId: string | null; planDueOn: string | null }[];
}

/** The organisers' home page, kept up to date from the events (a projection, not a count per view). */
export interface DashboardView {
  tenantId: string;
  year: number;
  plan: { status: string | null; thematic: number; research: number; briefing: number; minimums: { thematic: number; research: number; briefing: number } };
  meetingsHeld: number;
  opinionsByParty: (CountBy & { name: string })[];
  casesByStatus: CountBy<CaseStatus>[];
  timeliness: DepartmentTimeliness[];
  overdue: { caseId: string; number: number; title: string; leadOrgUnitId: string | null; dueAt: string }[];
}

export interface ReportExportView {
  fileName: string;
  contentType: string;
  base64: string;
}

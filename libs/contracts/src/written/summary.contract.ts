import { z } from 'zod';
import { rowVersion, text } from '../common/primitives.js';
import { EXPORT_FORMATS } from '../planning/plan-export.contract.js';

/** UFWD's summary of the replies to one solicitation (汇总后报送), with its notes per section. */
const note = text.trim().max(5000);

export const updateSummarySchema = z.strictObject({
  /** UFWD's overall note, the summary's opening paragraph. */
  overallNote: note.default(''),
  /** Notes by section key; `''` is the document as a whole. */
  sectionNotes: z.record(text.max(40), note).default({}),
  version: rowVersion.nullable().default(null),
});
export const sendSummarySchema = z.strictObject({});

const id = { id: z.uuid() };
export const summaryRefSchema = z.strictObject(id);
export const updateSummaryCommandSchema = updateSummarySchema.extend(id);
export const exportSummaryCommandSchema = z.strictObject({ ...id, format: z.enum(EXPORT_FORMATS) });

export interface SummaryOpinionView {
  replyId: string;
  orgUnitId: string;
  orgUnitName: string;
  text: string;
  late: boolean;
  supplement: boolean;
}

export interface SummarySectionView {
  /** Null for comments on the document as a whole. */
  sectionKey: string | null;
  title: string;
  note: string;
  opinions: SummaryOpinionView[];
}

export interface SummaryView {
  /** The solicitation's id. */
  id: string;
  solicitationTitle: string;
  documentVersion: string;
  overallNote: string;
  sections: SummarySectionView[];
  /** Branches that answered 无意见. */
  noCommentOrgUnits: { orgUnitId: string; orgUnitName: string }[];
  /** Addressed branches with no submitted reply. */
  silentOrgUnits: { orgUnitId: string; orgUnitName: string }[];
  sentToCommitteeAt: string | null;
  sentToCommitteeByName: string | null;
  version: number | null;
}

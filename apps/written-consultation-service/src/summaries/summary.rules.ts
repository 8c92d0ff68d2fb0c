import type { SummarySectionView, SummaryView } from '@xieshang/contracts';

export interface SummaryInput {
  solicitation: { id: string; title: string; documentVersion: string; sections: readonly { key: string; title: string }[]; recipientOrgUnitIds: readonly string[] };
  /** Submitted replies and supplements, in the order they came. */
  replies: readonly { id: string; orgUnitId: string; supplementTo: string | null; noComment: boolean; late: boolean; comments: readonly { sectionKey: string | null; text: string }[] }[];
  names: ReadonlyMap<string, string>;
  notes: { overallNote: string; sectionNotes: Readonly<Record<string, string>> };
  sent: { at: Date | null; byName: string | null };
  version: number | null;
}

export const WHOLE_DOCUMENT_TITLE = '总体意见';

/**
 * The summary UFWD reports (汇总后报送): every opinion under its section with its branch, the
 * document as a whole first, then each section in the document's order; the branches that said
 * 无意见, and those that never answered, by name.
 */
export const buildSummary = ({ solicitation, replies, names, notes, sent, version }: SummaryInput): SummaryView => {
  const name = (id: string) => names.get(id) ?? id;
  const heads: { sectionKey: string | null; title: string }[] = [
    { sectionKey: null, title: WHOLE_DOCUMENT_TITLE },
    ...solicitation.sections.map((section) => ({ sectionKey: section.key, title: section.title })),
  ];
  const sections: SummarySectionView[] = heads.map((head) => ({
    ...head,
    note: notes.sectionNotes[head.sectionKey ?? ''] ?? '',
    opinions: replies.flatMap((reply) =>
      reply.comments
        .filter((comment) => comment.sectionKey === head.sectionKey)
        .map((comment) => ({
          replyId: reply.id,
          orgUnitId: reply.orgUnitId,
          orgUnitName: name(reply.orgUnitId),
          text: comment.text,
          late: reply.late,
          supplement: reply.supplementTo !== null,
        })),
    ),
  }));
  const answered = new Set(replies.filter((reply) => reply.supplementTo === null).map((reply) => reply.orgUnitId));
  return {
    id: solicitation.id,
    solicitationTitle: solicitation.title,
    documentVersion: solicitation.documentVersion,
    overallNote: notes.overallNote,
    sections,
    noCommentOrgUnits: replies.filter((reply) => reply.supplementTo === null && reply.noComment).map((reply) => ({ orgUnitId: reply.orgUnitId, orgUnitName: name(reply.orgUnitId) })),
    silentOrgUnits: solicitation.recipientOrgUnitIds.filter((id) => !answered.has(id)).map((orgUnitId) => ({ orgUnitId, orgUnitName: name(orgUnitId) })),
    sentToCommitteeAt: sent.at?.toISOString() ?? null,
    sentToCommitteeByName: sent.byName,
    version,
  };
};

/** The summary as rows of a table: section, branch, opinion, remark. */
export const SUMMARY_HEADINGS = ['序号', '章节', '党派', '意见建议', '备注'] as const;

export const summaryRows = (summary: SummaryView): string[][] => {
  let number = 0;
  return summary.sections.flatMap((section) =>
    section.opinions.map((opinion) => {
      number += 1;
      const remarks = [opinion.late ? '逾期报送' : '', opinion.supplement ? '补充意见' : ''].filter(Boolean).join('；');
      return [String(number), section.title, opinion.orgUnitName, opinion.text, remarks];
    }),
  );
};

export const summaryTitle = (title: string): string => `关于《${title}》征求意见情况的汇总报告`;

export const summaryFileName = (title: string, extension: 'docx' | 'xlsx'): string => `${summaryTitle(title).replace(/[\\/:*?"<>|]/g, '')}.${extension}`;

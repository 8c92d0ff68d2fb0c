/** The key the reply form uses for comments on the document as a whole (a section key is never empty). */
export const WHOLE = '';

export type DraftTexts = Record<string, string>;

/** The form's text per section, from a reply's comments (several comments on one section become paragraphs). */
export const draftTexts = (comments: readonly { sectionKey: string | null; text: string }[]): DraftTexts => {
  const texts: DraftTexts = {};
  for (const comment of comments) {
    const key = comment.sectionKey ?? WHOLE;
    texts[key] = texts[key] ? `${texts[key]}\n\n${comment.text}` : comment.text;
  }
  return texts;
};

/** The reply's comments from the form: one per non-empty section, in the order of the form. */
export const commentsOf = (texts: DraftTexts): { sectionKey: string | null; text: string }[] =>
  Object.entries(texts)
    .map(([key, text]) => ({ sectionKey: key === WHOLE ? null : key, text: text.trim() }))
    .filter((comment) => comment.text !== '');

interface BranchReply {
  id: string;
  supplementTo: string | null;
  status: 'draft' | 'awaiting_leader' | 'submitted';
}

/** A branch's replies to one solicitation: its reply, the supplements that follow it in the order given, and the one still being written. */
export const branchReplies = <R extends BranchReply>(replies: readonly R[]): { first: R | undefined; supplements: R[]; pending: R | undefined } => {
  const first = replies.find((reply) => reply.supplementTo === null);
  const supplements = first ? replies.filter((reply) => reply.supplementTo === first.id) : [];
  return { first, supplements, pending: supplements.find((supplement) => supplement.status !== 'submitted') };
};

/** A supplement may follow once the reply is submitted, while the solicitation takes replies, one at a time. */
export const maySupplement = (solicitationStatus: 'draft' | 'sent' | 'closed', replies: readonly BranchReply[]): boolean => {
  const { first, pending } = branchReplies(replies);
  return solicitationStatus === 'sent' && first?.status === 'submitted' && pending === undefined;
};

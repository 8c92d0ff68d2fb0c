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

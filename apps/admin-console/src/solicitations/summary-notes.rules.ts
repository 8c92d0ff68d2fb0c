/** UFWD's notes on a summary as its form holds them: by section key, `''` for the document as a whole. */
export type SectionNotes = Record<string, string>;

interface SummarySection {
  sectionKey: string | null;
  note: string;
  opinions: readonly unknown[];
}

export const noteKey = (sectionKey: string | null): string => sectionKey ?? '';

/** The form's notes, from the summary as the service answered it. */
export const notesOf = (sections: readonly SummarySection[]): SectionNotes => Object.fromEntries(sections.map((section) => [noteKey(section.sectionKey), section.note]));

/** What is saved: each note trimmed, the empty ones left out (saving replaces every note). */
export const notesToSave = (notes: SectionNotes): SectionNotes =>
  Object.fromEntries(
    Object.entries(notes)
      .map(([key, note]) => [key, note.trim()] as const)
      .filter(([, note]) => note !== ''),
  );

/** UFWD sees every section, to note any; a reader those with opinions or a note. */
export const shownSections = <S extends SummarySection>(sections: readonly S[], annotating: boolean): S[] =>
  annotating ? [...sections] : sections.filter((section) => section.opinions.length > 0 || section.note !== '');

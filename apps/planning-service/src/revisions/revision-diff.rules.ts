import { type FieldChange, type PlanItemView, REVISED_FIELDS, type RevisionChanges, type RevisionItem } from '@xieshang/contracts';

/** An item as a revision keeps it. */
export const snapshotItem = (item: PlanItemView): RevisionItem => ({
  id: item.id,
  topic: item.topic,
  form: item.form,
  meetingType: item.meetingType,
  plannedMonth: item.plannedMonth,
  plannedDate: item.plannedDate,
  participantOrgUnitIds: [...item.participantOrgUnitIds],
  leadOrgUnitId: item.leadOrgUnitId,
  contentCategory: item.contentCategory,
  origin: item.origin,
  suggestionId: item.suggestionId,
  status: item.status,
});

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const fieldChanges = (before: RevisionItem, after: RevisionItem): FieldChange[] =>
  REVISED_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));

/**
 * What changed from one revision's items to the next: items that appeared (added), items whose
 * fields differ (changed, field by field), items that were cancelled. Revision 1 has nothing before it.
 */
export const diffRevisions = (previous: readonly RevisionItem[], next: readonly RevisionItem[]): RevisionChanges => {
  const before = new Map(previous.map((item) => [item.id, item]));
  const changes: RevisionChanges = { added: [], changed: [], cancelled: [] };
  for (const item of next) {
    const earlier = before.get(item.id);
    const ref = { itemId: item.id, topic: item.topic };
    if (!earlier) {
      if (item.status === 'active') changes.added.push(ref);
      continue;
    }
    if (earlier.status === 'active' && item.status === 'cancelled') {
      changes.cancelled.push(ref);
      continue;
    }
    const fields = fieldChanges(earlier, item);
    if (fields.length > 0) changes.changed.push({ ...ref, fields });
  }
  return changes;
};

export const hasChanges = (changes: RevisionChanges): boolean =>
  changes.added.length + changes.changed.length + changes.cancelled.length > 0 || changes.title !== undefined;

/** Adds the rename to a revision's changes; revisions written before titles were kept have none to compare. */
export const withTitleChange = (changes: RevisionChanges, previousTitle: string | null, title: string): RevisionChanges =>
  previousTitle === null || previousTitle === title ? changes : { ...changes, title: { before: previousTitle, after: title } };

import type { FieldChange, PlanRevisionView } from '@xieshang/contracts';

/** One line of a revision's difference to the one before, ready to be coloured. */
export type RevisionLine =
  | { kind: 'added'; itemId: string; topic: string }
  | { kind: 'cancelled'; itemId: string; topic: string }
  | { kind: 'changed'; itemId: string; topic: string; fields: FieldChange[] };

/** Added first, then changed, then cancelled, as the revision lists them. */
export const revisionLines = (revision: Pick<PlanRevisionView, 'changes'>): RevisionLine[] => [
  ...revision.changes.added.map((ref) => ({ kind: 'added' as const, ...ref })),
  ...revision.changes.changed.map((ref) => ({ kind: 'changed' as const, ...ref })),
  ...revision.changes.cancelled.map((ref) => ({ kind: 'cancelled' as const, ...ref })),
];

export interface ValueNames {
  orgUnit(id: string): string;
  month(month: number): string;
  /** The label of an enumerated value of a field (form, meeting type, content category). */
  choice(field: string, value: string): string;
}

const ENUM_FIELDS = new Set(['form', 'meetingType', 'contentCategory']);

/** A revised field's value as a reader understands it: names for units, months, labels for choices. */
export const revisedValue = (field: string, value: unknown, names: ValueNames): string => {
  if (value === null || value === undefined || value === '') return '-';
  if (field === 'participantOrgUnitIds' && Array.isArray(value)) {
    return value.length ? value.map((id) => names.orgUnit(String(id))).join('、') : '-';
  }
  if (field === 'leadOrgUnitId') return names.orgUnit(String(value));
  if (field === 'plannedMonth' && typeof value === 'number') return names.month(value);
  if (ENUM_FIELDS.has(field)) return names.choice(field, String(value));
  return typeof value === 'string' ? value : JSON.stringify(value);
};

import { districtInstant } from '../common/district-time.rules.js';

export interface InviteFormValues {
  partyOrgUnitId?: string;
  subject?: string;
  information?: string;
  leaderPersonId?: string;
  startsAt?: string;
  place?: string;
  durationMinutes?: number | null;
}

/** The body of an invitation: the time read on the district's clock, and only the fields that were filled in. */
export const invitePayload = (values: InviteFormValues, zone: string): Record<string, unknown> => {
  const startsAt = values.startsAt ? districtInstant(values.startsAt, zone) : undefined;
  const place = values.place?.trim() || undefined;
  return Object.fromEntries(
    Object.entries({
      partyOrgUnitId: values.partyOrgUnitId,
      subject: values.subject?.trim(),
      information: values.information?.trim(),
      leaderPersonId: values.leaderPersonId || undefined,
      startsAt,
      place,
      durationMinutes: values.durationMinutes ?? undefined,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );
};

/** One opinion row of the record dialog; empty rows are left out. */
export interface OpinionRow {
  text: string;
  raisedByName: string;
}

export const recordPayload = (summary: string, rows: readonly OpinionRow[]) => ({
  summary: summary.trim(),
  opinions: rows
    .map((row) => ({ text: row.text.trim(), raisedByName: row.raisedByName.trim() }))
    .filter((row) => row.text !== '' && row.raisedByName !== ''),
});

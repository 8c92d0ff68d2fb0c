/**
 * The district works in China time: a `datetime-local` value typed in the console (`2027-03-15T09:30`)
 * is that time in Beijing, whatever the browser's own zone.
 */
export const chinaInstant = (local: string): string | undefined => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local.trim());
  return match ? `${match[1]}T${match[2]}:00+08:00` : undefined;
};

/** An instant as a `datetime-local` value in China time, for a field's default. */
export const chinaLocal = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

export interface InviteFormValues {
  partyOrgUnitId?: string;
  subject?: string;
  information?: string;
  leaderPersonId?: string;
  startsAt?: string;
  place?: string;
  durationMinutes?: number | null;
}

/** The body of an invitation: the time in China time, and only the fields that were filled in. */
export const invitePayload = (values: InviteFormValues): Record<string, unknown> => {
  const startsAt = values.startsAt ? chinaInstant(values.startsAt) : undefined;
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

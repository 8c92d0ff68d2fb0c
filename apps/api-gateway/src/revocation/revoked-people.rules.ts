import { PersonEvent, type PersonAccessChangedPayload } from '@xieshang/contracts';

/** Token subjects refused at once, each with when its person was disabled (ms). */
export type RevokedSubjects = Map<string, number>;

interface AccessChange {
  subject: string;
  occurredAt: string;
  payload: PersonAccessChangedPayload;
}

const subjectsOf = (payload: PersonAccessChangedPayload): string[] =>
  [payload.personId, payload.idpSubject].filter((subject): subject is string => typeof subject === 'string' && subject.length > 0);

/**
 * Applies one directory event, in stream order: a disabled person's subjects join the set, an
 * enabled one's leave it. Other subjects and malformed payloads change nothing.
 */
export const applyAccessChange = (revoked: RevokedSubjects, change: AccessChange): void => {
  const payload = change.payload as Partial<PersonAccessChangedPayload> | null;
  if (!payload || typeof payload.personId !== 'string') return;
  const subjects = subjectsOf({ personId: payload.personId, idpSubject: payload.idpSubject ?? null });
  if (change.subject === PersonEvent.Disabled) {
    const at = Date.parse(change.occurredAt);
    for (const subject of subjects) revoked.set(subject, Number.isNaN(at) ? Date.now() : at);
  } else if (change.subject === PersonEvent.Enabled) {
    for (const subject of subjects) revoked.delete(subject);
  }
};

/** Drops what no token can still carry: disabled longer ago than the longest token lives. */
export const forgetExpired = (revoked: RevokedSubjects, now: number, lookbackMs: number): void => {
  for (const [subject, at] of revoked) if (now - at > lookbackMs) revoked.delete(subject);
};

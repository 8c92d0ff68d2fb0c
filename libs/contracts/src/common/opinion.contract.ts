import { z } from 'zod';
import { isoInstant, text } from './primitives.js';

/**
 * An opinion (意见建议) raised in any consultation: at a meeting or an interview, in a reply to a
 * written solicitation, or in a party's own submission. Meeting- and written-consultation-service
 * publish one event per opinion; handling-feedback-service turns each into one case (DOMAIN.md §5).
 */
export const OpinionEvent = {
  /** Raised at a meeting or an interview. */
  FromMeeting: 'evt.meeting.opinion.recorded.v1',
  /** Written in a reply to a solicitation or in a submission. */
  FromWritten: 'evt.written.opinion.recorded.v1',
} as const;

/** Where an opinion was raised. */
export const OPINION_SOURCE_KINDS = ['meeting', 'interview', 'solicitation_reply', 'submission'] as const;
export type OpinionSourceKind = (typeof OPINION_SOURCE_KINDS)[number];

/**
 * How it is to be handled (DOMAIN.md §5): an opinion on a document's draft is adopted or not by
 * the drafting department (`document_revision`); any other is assigned as a case (`actionable`).
 * The source proposes the track; UFWD's triage decides.
 */
export const OPINION_TRACKS = ['document_revision', 'actionable'] as const;
export type OpinionTrack = (typeof OPINION_TRACKS)[number];

const name = text.trim().min(1).max(200);

export const opinionRecordedPayloadSchema = z.object({
  /** The opinion's own id at its source: one case per id, however often the event arrives. */
  opinionId: z.uuid(),
  source: z.object({
    kind: z.enum(OPINION_SOURCE_KINDS),
    /** The meeting, interview, solicitation or submission. */
    recordId: z.uuid(),
    title: name,
    /** The section or question of a solicited document the opinion answers, when it has sections. */
    section: text.max(200).nullable(),
    /** The department that drafted the document, for the document-revision track. */
    draftingOrgUnitId: z.uuid().nullable(),
  }),
  /** The party branch (or non-party group, federation) the opinion came from, when one did. */
  partyOrgUnitId: z.uuid().nullable(),
  /** The person who raised it, for an individual's opinion (个人名义) or a named speaker. */
  raisedByPersonId: z.uuid().nullable(),
  raisedByName: name,
  text: text.trim().min(1).max(20_000),
  suggestedTrack: z.enum(OPINION_TRACKS),
  raisedAt: isoInstant,
  /**
   * Raised in a personnel consultation (人事协商): its text may name a nominee, so it reaches only
   * those who handle it, never a notice or list of others. Absent means false.
   */
  confidential: z.boolean().optional(),
});
export type OpinionRecordedPayload = z.infer<typeof opinionRecordedPayloadSchema>;

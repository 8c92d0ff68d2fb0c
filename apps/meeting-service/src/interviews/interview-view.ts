import type { InterviewStepView, InterviewView } from '@xieshang/contracts';
import type { InterviewDocumentEntity } from './interview-document.entity.js';
import type { InterviewOpinionEntity } from './interview-opinion.entity.js';
import type { InterviewEntity } from './interview.entity.js';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** The timeline of the steps taken, in order. */
const stepsOf = (interview: InterviewEntity): InterviewStepView[] => {
  const steps: InterviewStepView[] = [{ step: 'requested', at: interview.createdAt.toISOString(), byName: interview.requestedByName }];
  const later: [InterviewStepView['step'], Date | null, string | null][] = [
    ['scheduled', interview.scheduledAt, interview.scheduledByName],
    ['held', interview.heldAt, interview.heldByName],
    ['recorded', interview.recordedAt, interview.recordedByName],
    ['declined', interview.declinedAt, interview.declinedByName],
  ];
  for (const [step, at, byName] of later) if (at) steps.push({ step, at: at.toISOString(), byName });
  return steps.sort((a, b) => a.at.localeCompare(b.at));
};

export const toInterviewView = (
  interview: InterviewEntity,
  opinions: readonly InterviewOpinionEntity[] = [],
  documents: readonly InterviewDocumentEntity[] = [],
): InterviewView => ({
  id: interview.id,
  origin: interview.origin,
  status: interview.status,
  partyOrgUnitId: interview.partyOrgUnitId,
  subject: interview.subject,
  information: interview.information,
  leaderPersonId: interview.leaderPersonId,
  leaderName: interview.leaderName,
  preferredLeader: interview.preferredLeader,
  startsAt: iso(interview.startsAt),
  endsAt: iso(interview.endsAt),
  place: interview.place,
  requestedByName: interview.requestedByName,
  summary: interview.summary,
  declineReason: interview.declineReason,
  opinions: opinions.map((opinion) => ({
    id: opinion.id,
    text: opinion.text,
    raisedByName: opinion.raisedByName,
    raisedByPersonId: opinion.raisedByPersonId,
    suggestedTrack: opinion.suggestedTrack,
    raisedAt: opinion.raisedAt.toISOString(),
  })),
  documents: documents.map((document) => ({
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    size: document.size,
    uploadedByName: document.uploadedByName,
    createdAt: document.createdAt.toISOString(),
  })),
  steps: stepsOf(interview),
  createdAt: interview.createdAt.toISOString(),
  updatedAt: interview.updatedAt.toISOString(),
  version: interview.version,
});

/** What the audit trail keeps of a change: the interview without its opinions' texts repeated. */
export const interviewRecord = (view: InterviewView) => ({
  ...view,
  opinions: view.opinions.map((opinion) => opinion.id),
  documents: view.documents.map((document) => document.id),
});

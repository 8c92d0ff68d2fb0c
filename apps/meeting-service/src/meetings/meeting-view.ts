import type { MeetingDocumentView, MeetingView } from '@xieshang/contracts';
import type { MeetingDocumentEntity } from '../documents/meeting-document.entity.js';
import { invitedParty, isOrganiser, maySeeConfidential, type Viewer } from './meeting-access.rules.js';
import type { MeetingDetails } from './meeting-repository.js';
import { allowedActions } from './meeting.rules.js';
import type { MeetingEntity } from './meeting.entity.js';

const NO_DETAILS: MeetingDetails = { steps: [], readings: [], preparedOpinions: [], opinions: [], documents: [] };

/** The latest version of each document, as the meeting shows them. */
const documentViews = (documents: readonly MeetingDocumentEntity[]): MeetingDocumentView[] =>
  documents.map((document) => ({
    id: document.documentId,
    title: document.title,
    version: document.version,
    fileName: document.fileName,
    mediaType: document.mediaType,
    size: document.size,
    sha256: document.sha256,
    uploadedByName: document.uploadedByName,
    uploadedAt: document.uploadedAt.toISOString(),
  }));

/**
 * The meeting as the viewer may see it. A personnel consultation's nominees, minutes and opinions
 * reach only its invitees and organisers; a party sees its own prepared drafts, organisers only
 * approved ones. Without `details` (lists) there are no nominees, minutes or records at all.
 */
export const toMeetingView = (meeting: MeetingEntity, viewer: Viewer, details: MeetingDetails | null = null): MeetingView => {
  const confidentialAllowed = details !== null && maySeeConfidential(viewer, meeting);
  const { steps, readings, preparedOpinions, opinions, documents } = details ?? NO_DETAILS;
  const ownParty = invitedParty(viewer, meeting);
  const organiser = isOrganiser(viewer, meeting);
  return {
    id: meeting.id,
    type: meeting.type,
    title: meeting.title,
    origin: meeting.origin,
    planId: meeting.planId,
    planItemId: meeting.planItemId,
    plannedDate: meeting.plannedDate,
    plannedMonth: meeting.plannedMonth,
    year: meeting.year,
    chairName: meeting.chairName,
    startsAt: meeting.startsAt?.toISOString() ?? null,
    place: meeting.place,
    leadOrgUnitId: meeting.leadOrgUnitId,
    organiserOrgUnitId: meeting.organiserOrgUnitId,
    invitedOrgUnitIds: meeting.invitedOrgUnitIds,
    invitedPersonIds: meeting.invitedPersonIds,
    status: meeting.status,
    cancelReason: meeting.cancelReason,
    lateNotice: meeting.lateNoticeReason !== null,
    lateNoticeReason: meeting.lateNoticeReason,
    lateDocuments: meeting.lateDocumentsReason !== null,
    lateDocumentsReason: meeting.lateDocumentsReason,
    planChange: organiser ? meeting.planChange : null,
    nominees: meeting.type === 'personnel' && confidentialAllowed ? meeting.nominees : null,
    confidential: meeting.type === 'personnel',
    attendance: details ? meeting.attendance : [],
    minutes:
      confidentialAllowed && (meeting.minutesText !== null || meeting.minutesAttachment !== null)
        ? {
            text: meeting.minutesText,
            attachment: meeting.minutesAttachment
              ? { sha256: meeting.minutesAttachment.sha256, size: meeting.minutesAttachment.size, mediaType: meeting.minutesAttachment.mediaType, fileName: meeting.minutesAttachment.fileName }
              : null,
            recordedByName: meeting.minutesRecordedByName,
            recordedAt: meeting.minutesRecordedAt?.toISOString() ?? null,
          }
        : null,
    steps: steps.map((step) => ({ step: step.step, actorName: step.actorName, at: step.at.toISOString(), reason: step.reason })),
    readings: readings.map((reading) => ({ orgUnitId: reading.orgUnitId, personName: reading.personName, at: reading.at.toISOString() })),
    preparedOpinions: (confidentialAllowed ? preparedOpinions : [])
      .filter((opinion) => opinion.orgUnitId === ownParty || (opinion.status === 'approved' && ownParty === null))
      .map((opinion) => ({
        id: opinion.id,
        orgUnitId: opinion.orgUnitId,
        text: opinion.text,
        status: opinion.status,
        draftedByName: opinion.draftedByName,
        approvedByName: opinion.approvedByName,
        approvedAt: opinion.approvedAt?.toISOString() ?? null,
      })),
    opinions: (meeting.type !== 'personnel' || confidentialAllowed ? opinions : []).map((opinion) => ({
      id: opinion.id,
      partyOrgUnitId: opinion.partyOrgUnitId,
      raisedByPersonId: opinion.raisedByPersonId,
      raisedByName: opinion.raisedByName,
      text: opinion.text,
      form: opinion.form,
      forAgenda: opinion.forAgenda,
      preparedOpinionId: opinion.preparedOpinionId,
      recordedByName: opinion.recordedByName,
      raisedAt: opinion.raisedAt.toISOString(),
      transferredAt: opinion.transferredAt?.toISOString() ?? null,
    })),
    documents: documentViews(documents),
    actions: details ? allowedActions(viewer, meeting) : [],
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
    version: meeting.version,
  };
};

/** What the audit trail keeps of a meeting: never a nominee (the audit trail is read more widely). */
export const meetingRecord = (view: MeetingView): Record<string, unknown> => {
  const { nominees: _nominees, minutes, steps: _steps, readings: _readings, preparedOpinions: _prepared, opinions: _opinions, documents: _documents, actions: _actions, ...rest } = view;
  return { ...rest, minutesRecorded: minutes !== null };
};

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  addDocumentCommandSchema,
  attachMinutesCommandSchema,
  CommonErrorCode,
  type DocumentDescriptor,
  findDocumentSchema,
  isDocumentOfTenant,
  MeetingErrorCode,
  type MeetingStatus,
  type MeetingView,
  meetingRefSchema,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf, requireTenantId } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../audit.js';
import { isInvitee, isOrganiser, maySeeConfidential } from '../meetings/meeting-access.rules.js';
import { auditMeeting, snapshot } from '../meetings/meeting-records.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { EDITABLE_STATES } from '../meetings/meeting.rules.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { MeetingDocumentEntity } from './meeting-document.entity.js';

/** Minutes and their attachment are recorded after the meeting, until it is closed. */
const MINUTES_STATES: readonly MeetingStatus[] = ['held', 'minutes_recorded', 'outcomes_transferred'];

/** A file the gateway stored for this district, or 422 naming `file`. */
const assertOwnFile = (file: DocumentDescriptor): void => {
  if (!isDocumentOfTenant(file, requireTenantId())) throw AppException.invalidInput([{ path: 'file.storageKey', message: "must be stored in the caller's district" }]);
};

const descriptorOf = (document: { storageKey: string; sha256: string; size: number; mediaType: string; fileName: string }): DocumentDescriptor => ({
  storageKey: document.storageKey,
  sha256: document.sha256,
  size: document.size,
  mediaType: document.mediaType as DocumentDescriptor['mediaType'],
  fileName: document.fileName,
});

/**
 * The meeting's documents (文件稿) with their versions, and the minutes' attachment. The gateway
 * stores the bytes; the service records what was stored and decides who may fetch it: only the
 * meeting's invitees and organisers, and for a personnel consultation's minutes the same.
 */
@Injectable()
export class MeetingDocumentsHandler {
  constructor(private readonly database: TenantDatabase) {}

  add(command: z.infer<typeof addDocumentCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    assertOwnFile(command.file);
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      if (!isOrganiser(caller, meeting)) throw new AppException(CommonErrorCode.Forbidden, "Only the meeting's organisers and lead unit provide its documents");
      if (!EDITABLE_STATES.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, 'Documents are provided before the meeting');
      const repository = manager.getRepository(MeetingDocumentEntity);
      let documentId: string = randomUUID();
      let version = 1;
      let title = command.title ?? command.file.fileName.slice(0, 300);
      if (command.documentId) {
        const latest = await repository.findOne({ where: { meetingId: meeting.id, documentId: command.documentId }, order: { version: 'DESC' } });
        if (!latest) throw AppException.notFound('document', command.documentId);
        documentId = latest.documentId;
        version = latest.version + 1;
        title = command.title ?? latest.title;
      }
      const saved = await repository.save(
        repository.create({ meetingId: meeting.id, documentId, version, title, ...descriptorOf(command.file), uploadedBy: caller.personId, uploadedByName: nameOf(caller) }),
      );
      await auditChange(manager, 'meeting-document', documentId, version === 1 ? 'added' : 'new-version', null, {
        meetingId: meeting.id,
        version,
        title,
        fileName: saved.fileName,
        sha256: saved.sha256,
        size: saved.size,
      });
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }

  /** A version of a document (the latest unless named), for the gateway to send: 404 to anyone but invitees and organisers. */
  find(query: z.infer<typeof findDocumentSchema>): Promise<DocumentDescriptor> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const meeting = await findVisibleMeeting(manager, query.id, caller);
      if (!isOrganiser(caller, meeting) && !isInvitee(caller, meeting)) throw AppException.notFound('document', query.documentId);
      const document = await manager.getRepository(MeetingDocumentEntity).findOne({
        where: { meetingId: meeting.id, documentId: query.documentId, ...(query.version ? { version: query.version } : {}) },
        order: { version: 'DESC' },
      });
      if (!document) throw AppException.notFound('document', query.documentId);
      return descriptorOf(document);
    });
  }

  /** The minutes' attachment (会议纪要 as a file), by the lead unit or the organisers once the meeting is held. */
  attachMinutes(command: z.infer<typeof attachMinutesCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    assertOwnFile(command.file);
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      if (!isOrganiser(caller, meeting)) throw new AppException(CommonErrorCode.Forbidden, "Only the meeting's lead unit and organisers record its minutes");
      if (!MINUTES_STATES.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, 'The minutes are recorded once the meeting is held');
      const before = snapshot(meeting, caller);
      meeting.minutesAttachment = command.file;
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await auditMeeting(manager, saved, 'minutes-attached', before, caller);
      return toMeetingView(saved, caller, await detailsOf(manager, saved.id));
    });
  }

  /** The minutes' attachment, to whoever may read the minutes (a personnel consultation's: its invitees and organisers). */
  findMinutesAttachment(query: z.infer<typeof meetingRefSchema>): Promise<DocumentDescriptor> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const meeting = await findVisibleMeeting(manager, query.id, caller);
      if (!maySeeConfidential(caller, meeting) || !meeting.minutesAttachment) throw AppException.notFound('minutes attachment', query.id);
      return descriptorOf(meeting.minutesAttachment);
    });
  }
}

import { Injectable } from '@nestjs/common';
import {
  attachInterviewDocumentCommandSchema,
  type DocumentDescriptor,
  interviewDocumentRefSchema,
  type InterviewView,
  isDocumentOfTenant,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf, requireTenantId } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../interview-audit.js';
import { descriptorOf, InterviewDocumentEntity } from '../interview-document.entity.js';
import { interviewRecord } from '../interview-view.js';
import { findVisibleInterview, interviewViewOf } from '../interview.repository.js';
import { assertMayAttach } from '../interview.rules.js';

/** Documents sent in advance with an interview's information, and their descriptors for download. */
@Injectable()
export class InterviewDocumentsHandler {
  constructor(private readonly database: TenantDatabase) {}

  attach(command: z.infer<typeof attachInterviewDocumentCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    // The gateway stored the bytes under the caller's district; a descriptor naming another is refused.
    if (!isDocumentOfTenant(command.document, requireTenantId())) {
      throw AppException.invalidInput([{ path: 'document.storageKey', message: 'must be a document of this district' }]);
    }
    return this.database.write(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller, true);
      assertMayAttach(interview, caller);
      const before = interviewRecord(await interviewViewOf(manager, interview));
      const repository = manager.getRepository(InterviewDocumentEntity);
      const document = await repository.save(
        repository.create({ interviewId: interview.id, ...command.document, uploadedBy: caller.personId, uploadedByName: nameOf(caller) }),
      );
      const view = await interviewViewOf(manager, interview);
      await auditChange(manager, 'interview', interview.id, 'document-attached', before, { ...interviewRecord(view), document: document.fileName });
      return view;
    });
  }

  /** Whoever may see the interview may fetch its documents; anyone else gets 404 for both. */
  get(query: z.infer<typeof interviewDocumentRefSchema>): Promise<DocumentDescriptor> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const interview = await findVisibleInterview(manager, query.id, caller);
      const document = await manager.getRepository(InterviewDocumentEntity).findOne({ where: { id: query.documentId, interviewId: interview.id } });
      if (!document) throw AppException.notFound('interview document', query.documentId);
      return descriptorOf(document);
    });
  }
}

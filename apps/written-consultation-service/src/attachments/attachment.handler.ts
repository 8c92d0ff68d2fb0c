import { Injectable } from '@nestjs/common';
import {
  attachDocumentCommandSchema,
  attachmentRefSchema,
  type DocumentDescriptor,
  type MaterialView,
  type SolicitationView,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireTenantId } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { requireRole, SOLICITORS } from '../access.rules.js';
import { auditChange } from '../audit.js';
import { MaterialEntity } from '../materials/material.entity.js';
import { MaterialHandler } from '../materials/material.handler.js';
import { SolicitationQueriesHandler } from '../solicitations/queries/solicitation-queries.handler.js';
import { maySeeMaterial } from '../materials/material-access.rules.js';
import { SolicitationEntity } from '../solicitations/solicitation.entity.js';
import { findVisibleSolicitation } from '../solicitations/solicitation-repository.js';
import { assertSolicitationStep } from '../solicitations/solicitation.rules.js';
import { assertOwnDocument, attachmentOf, newAttachment, toAttachmentView } from './attachment.rules.js';

/**
 * Files of solicitations and materials: the gateway stores the bytes and sends the descriptor;
 * here it is recorded, and a download is allowed to whoever may read the record.
 */
@Injectable()
export class AttachmentHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly solicitations: SolicitationQueriesHandler,
    private readonly materials: MaterialHandler,
  ) {}

  /** Office or UFWD attaches the document to a draft; what was sent to the branches does not change. */
  async attachToSolicitation({ id, document }: z.infer<typeof attachDocumentCommandSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    requireRole(caller.roles, SOLICITORS, 'attach a document');
    assertOwnDocument(document, requireTenantId());
    await this.database.write(async (manager) => {
      const solicitation = await findVisibleSolicitation(manager, id, caller, true);
      assertSolicitationStep(solicitation.status, 'update');
      const attachment = newAttachment(document);
      solicitation.attachments = [...solicitation.attachments, attachment];
      await manager.getRepository(SolicitationEntity).save(solicitation);
      await auditChange(manager, 'solicitation', id, 'attached', null, toAttachmentView(attachment));
    });
    // The view names the branches, which the directory is asked for outside the transaction.
    return this.solicitations.get({ id });
  }

  async solicitationDocument({ id, attachmentId }: z.infer<typeof attachmentRefSchema>): Promise<DocumentDescriptor> {
    const caller = currentCaller();
    return this.database.run(async (manager) => attachmentOf((await findVisibleSolicitation(manager, id, caller)).attachments, attachmentId));
  }

  /** The sender's unit attaches files to what it sent. */
  async attachToMaterial({ id, document }: z.infer<typeof attachDocumentCommandSchema>): Promise<MaterialView> {
    const caller = currentCaller();
    assertOwnDocument(document, requireTenantId());
    await this.database.write(async (manager) => {
      const material = await manager.getRepository(MaterialEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const sender = material && ((caller.personId !== null && material.senderId === caller.personId) || (caller.orgUnitId !== null && material.senderOrgUnitId === caller.orgUnitId));
      if (!material || !sender) throw AppException.notFound('material', id);
      const attachment = newAttachment(document);
      material.attachments = [...material.attachments, attachment];
      await manager.getRepository(MaterialEntity).save(material);
      await auditChange(manager, 'material', id, 'attached', null, toAttachmentView(attachment));
    });
    return this.materials.get({ id });
  }

  async materialDocument({ id, attachmentId }: z.infer<typeof attachmentRefSchema>): Promise<DocumentDescriptor> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const material = await manager.getRepository(MaterialEntity).findOne({ where: { id } });
      const receipts: { org_unit_id: string }[] = material
        ? await manager.query('select org_unit_id from written_consultation.material_receipts where material_id = $1', [id])
        : [];
      if (!material || !maySeeMaterial(caller, { ...material, recipientOrgUnitIds: receipts.map((receipt) => receipt.org_unit_id) })) throw AppException.notFound('material', id);
      return attachmentOf(material.attachments, attachmentId);
    });
  }
}

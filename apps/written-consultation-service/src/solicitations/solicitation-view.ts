import type { SolicitationRecipientView, SolicitationView } from '@xieshang/contracts';
import type { Caller } from '@xieshang/platform-tenancy';
import { isInsider } from '../access.rules.js';
import { toAttachmentView } from '../attachments/attachment.rules.js';
import type { ReplyEntity } from '../replies/reply.entity.js';
import type { SolicitationEntity } from './solicitation.entity.js';
import type { Opening } from './solicitation-repository.js';
import { silentBranches } from './solicitation.rules.js';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

/**
 * A solicitation as the API shows it. Office and UFWD see every branch's line (opened, answered,
 * late); a branch sees the document and only its own line, never whether others answered.
 */
export const toSolicitationView = (
  solicitation: SolicitationEntity,
  openings: readonly Opening[],
  firstReplies: readonly ReplyEntity[],
  names: ReadonlyMap<string, string>,
  caller: Pick<Caller, 'roles' | 'orgUnitId'>,
): SolicitationView => {
  const insider = isInsider(caller.roles);
  const shown = insider ? solicitation.recipientOrgUnitIds : solicitation.recipientOrgUnitIds.filter((id) => id === caller.orgUnitId);
  const recipients: SolicitationRecipientView[] = shown.map((orgUnitId) => {
    const reply = firstReplies.find((candidate) => candidate.orgUnitId === orgUnitId && candidate.status === 'submitted');
    return {
      orgUnitId,
      orgUnitName: names.get(orgUnitId) ?? orgUnitId,
      openedAt: iso(openings.find((opening) => opening.orgUnitId === orgUnitId)?.openedAt ?? null),
      answeredAt: iso(reply?.submittedAt ?? null),
      late: reply?.late ?? false,
      noComment: reply?.noComment ?? false,
    };
  });
  const answered = new Set(firstReplies.filter((reply) => reply.status === 'submitted').map((reply) => reply.orgUnitId));
  return {
    id: solicitation.id,
    title: solicitation.title,
    documentVersion: solicitation.documentVersion,
    description: solicitation.description,
    draftingOrgUnitId: solicitation.draftingOrgUnitId,
    sections: solicitation.sections,
    attachments: solicitation.attachments.map(toAttachmentView),
    recipientOrgUnitIds: insider ? solicitation.recipientOrgUnitIds : shown,
    replyDeadline: solicitation.replyDeadline.toISOString(),
    status: solicitation.status,
    createdBy: solicitation.createdBy,
    createdByName: solicitation.createdByName,
    sentAt: iso(solicitation.sentAt),
    closedAt: iso(solicitation.closedAt),
    recipients,
    silentOrgUnitIds: insider && solicitation.status !== 'draft' ? silentBranches(solicitation.recipientOrgUnitIds, answered) : [],
    createdAt: solicitation.createdAt.toISOString(),
    updatedAt: solicitation.updatedAt.toISOString(),
    version: solicitation.version,
  };
};

/** The solicitation as the audit trail keeps it. */
export const solicitationRecord = (solicitation: SolicitationEntity) => ({
  title: solicitation.title,
  documentVersion: solicitation.documentVersion,
  description: solicitation.description,
  draftingOrgUnitId: solicitation.draftingOrgUnitId,
  sections: solicitation.sections,
  attachments: solicitation.attachments.map(toAttachmentView),
  recipientOrgUnitIds: solicitation.recipientOrgUnitIds,
  replyDeadline: solicitation.replyDeadline.toISOString(),
  status: solicitation.status,
  sentAt: iso(solicitation.sentAt),
  closedAt: iso(solicitation.closedAt),
});

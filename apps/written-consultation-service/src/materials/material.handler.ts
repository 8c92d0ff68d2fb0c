import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type ListResult,
  listQuerySchema,
  MATERIAL_SORT_FIELDS,
  materialListFilterSchema,
  materialRefSchema,
  type MaterialSentPayload,
  type MaterialView,
  sendMaterialCommandSchema,
  WrittenErrorCode,
  WrittenEvent,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordEvent } from '@xieshang/platform-messaging';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { type Caller, currentCaller, nameOf } from '@xieshang/platform-tenancy';
import { z } from 'zod';
import { requireRole } from '../access.rules.js';
import { toAttachmentView } from '../attachments/attachment.rules.js';
import { auditChange } from '../audit.js';
import { DirectoryClient, isPartyBranch } from '../directory/directory-client.js';
import { pageAndSort } from '../list-query.rules.js';
import { closeTask, openTask } from '../tasks.js';
import { OUTBOX } from '../written.constants.js';
import { MaterialEntity } from './material.entity.js';
import { isRecipient, maySeeMaterial, recipientRoles, senderRolesFor } from './material-access.rules.js';

export const listMaterialsSchema = listQuerySchema.extend({ filter: materialListFilterSchema.default({}) });

interface Receipt {
  material_id: string;
  org_unit_id: string;
  read_at: Date | null;
  read_by_name: string | null;
}

const readTaskKey = (materialId: string, orgUnitId: string) => `written/material/${materialId}/read/${orgUnitId}`;

const receiptsOf = (manager: EntityManager, ids: readonly string[]): Promise<Receipt[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : manager.query('select material_id, org_unit_id, read_at, read_by_name from written_consultation.material_receipts where material_id = any($1) order by org_unit_id', [ids]);

/** 知情明政: materials and invitations sent to chosen branches, read and confirmed by them, seen by nobody else. */
@Injectable()
export class MaterialHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async send(command: z.infer<typeof sendMaterialCommandSchema>): Promise<MaterialView> {
    const caller = currentCaller();
    requireRole(caller.roles, senderRolesFor(command.kind), `send a ${command.kind}`);
    const units = await this.directory.find(command.recipientOrgUnitIds);
    const fields = command.recipientOrgUnitIds.flatMap((id, index) =>
      units.some((unit) => unit.id === id && isPartyBranch(unit)) ? [] : [{ path: `recipientOrgUnitIds.${index}`, message: 'must be an active party branch of this district' }],
    );
    if (fields.length > 0) throw new AppException(WrittenErrorCode.NotAPartyBranch, 'Materials go to party branches only', { fields });
    const names = new Map(units.map((unit) => [unit.id, unit.shortName]));
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(MaterialEntity);
      const material = await repository.save(
        repository.create({
          kind: command.kind,
          title: command.title,
          body: command.body,
          eventAt: command.eventAt ? new Date(command.eventAt) : null,
          location: command.location,
          senderOrgUnitId: caller.orgUnitId,
          senderId: caller.personId,
          senderName: nameOf(caller),
          sentAt: new Date(),
          attachments: [],
        }),
      );
      for (const orgUnitId of command.recipientOrgUnitIds) {
        await manager.query('insert into written_consultation.material_receipts (material_id, org_unit_id) values ($1, $2)', [material.id, orgUnitId]);
        await openTask(manager, {
          taskKey: readTaskKey(material.id, orgUnitId),
          kind: 'written.material.read',
          title: material.title,
          assignee: { orgUnitId, roles: recipientRoles(material.kind) },
          resource: 'materials',
          id: material.id,
        });
      }
      const payload: MaterialSentPayload = { materialId: material.id, kind: material.kind, title: material.title, recipientOrgUnitIds: command.recipientOrgUnitIds };
      await recordEvent(manager, { subject: WrittenEvent.MaterialSent, payload }, OUTBOX);
      const view = this.view(material, await receiptsOf(manager, [material.id]), names, caller);
      await auditChange(manager, 'material', material.id, 'sent', null, { ...view, receipts: command.recipientOrgUnitIds });
      return view;
    });
  }

  /** A recipient branch confirms it has read the material (已阅); the first confirmation counts. */
  async confirm({ id }: z.infer<typeof materialRefSchema>): Promise<MaterialView> {
    const caller = currentCaller();
    const known = await this.database.run((manager) => this.findVisible(manager, id, caller));
    const names = await this.namesAfter(known.receipts.map((receipt) => receipt.org_unit_id));
    return this.database.write(async (manager) => {
      const { material, receipts } = await this.findVisible(manager, id, caller);
      const recipientIds = receipts.map((receipt) => receipt.org_unit_id);
      if (!isRecipient(caller, { ...material, recipientOrgUnitIds: recipientIds }) || !caller.orgUnitId) throw AppException.notFound('material', id);
      const updated: unknown[] = await manager.query(
        `update written_consultation.material_receipts set read_at = now(), read_by = $3, read_by_name = $4
         where material_id = $1 and org_unit_id = $2 and read_at is null returning 1`,
        [id, caller.orgUnitId, caller.personId, nameOf(caller)],
      );
      if (updated.length > 0) {
        await closeTask(manager, readTaskKey(id, caller.orgUnitId));
        await auditChange(manager, 'material', id, 'read', null, { orgUnitId: caller.orgUnitId, readBy: nameOf(caller) });
      }
      return this.view(material, await receiptsOf(manager, [id]), names, caller);
    });
  }

  async list(query: z.infer<typeof listMaterialsSchema>): Promise<ListResult<MaterialView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, MATERIAL_SORT_FIELDS, ['sentAt', 'DESC']);
    const { materials, total, receipts } = await this.database.run(async (manager) => {
      const builder = manager.getRepository(MaterialEntity).createQueryBuilder('material');
      builder.andWhere(
        `(material.sender_id = :person or material.sender_org_unit_id = :unit
          or exists (select 1 from written_consultation.material_receipts receipt where receipt.material_id = material.id and receipt.org_unit_id = :unit))`,
        { person: caller.personId ?? '', unit: caller.orgUnitId },
      );
      const { filter } = query;
      if (filter.kind) builder.andWhere('material.kind = :kind', { kind: filter.kind });
      if (filter.q) builder.andWhere('material.title ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('material.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      // Invitations for leaders are filtered after the page is read; the page may be short for a member, never wider.
      const [found, count] = await builder.orderBy(`material.${page.field}`, page.order).addOrderBy('material.id', 'ASC').skip(page.skip).take(page.take).getManyAndCount();
      return { materials: found, total: count, receipts: await receiptsOf(manager, found.map((material) => material.id)) };
    });
    const visible = materials.filter((material) =>
      maySeeMaterial(caller, { ...material, recipientOrgUnitIds: receipts.filter((receipt) => receipt.material_id === material.id).map((receipt) => receipt.org_unit_id) }),
    );
    const names = await this.namesAfter(receipts.map((receipt) => receipt.org_unit_id));
    return {
      items: visible.map((material) => this.view(material, receipts.filter((receipt) => receipt.material_id === material.id), names, caller)),
      total: total - (materials.length - visible.length),
    };
  }

  async get({ id }: z.infer<typeof materialRefSchema>): Promise<MaterialView> {
    const caller = currentCaller();
    const { material, receipts } = await this.database.run((manager) => this.findVisible(manager, id, caller));
    return this.view(material, receipts, await this.namesAfter(receipts.map((receipt) => receipt.org_unit_id)), caller);
  }

  private async findVisible(manager: EntityManager, id: string, caller: Caller): Promise<{ material: MaterialEntity; receipts: Receipt[] }> {
    const material = await manager.getRepository(MaterialEntity).findOne({ where: { id } });
    const receipts = material ? await receiptsOf(manager, [id]) : [];
    if (!material || !maySeeMaterial(caller, { ...material, recipientOrgUnitIds: receipts.map((receipt) => receipt.org_unit_id) })) throw AppException.notFound('material', id);
    return { material, receipts };
  }

  // Names are asked outside any transaction: a NATS request never waits inside one.
  private namesAfter(ids: readonly string[]): Promise<Map<string, string>> {
    return ids.length === 0 ? Promise.resolve(new Map()) : this.directory.names(ids);
  }

  /** The sender sees every branch's confirmation; a recipient only its own. */
  private view(material: MaterialEntity, receipts: readonly Receipt[], names: ReadonlyMap<string, string>, caller: Caller): MaterialView {
    const sender = material.senderId === caller.personId || (caller.orgUnitId !== null && material.senderOrgUnitId === caller.orgUnitId);
    return {
      id: material.id,
      kind: material.kind,
      title: material.title,
      body: material.body,
      eventAt: material.eventAt?.toISOString() ?? null,
      location: material.location,
      senderOrgUnitId: material.senderOrgUnitId,
      senderName: material.senderName,
      sentAt: material.sentAt.toISOString(),
      attachments: material.attachments.map(toAttachmentView),
      receipts: receipts
        .filter((receipt) => sender || receipt.org_unit_id === caller.orgUnitId)
        .map((receipt) => ({
          orgUnitId: receipt.org_unit_id,
          orgUnitName: names.get(receipt.org_unit_id) ?? receipt.org_unit_id,
          readAt: receipt.read_at ? new Date(receipt.read_at).toISOString() : null,
          readByName: receipt.read_by_name,
        })),
      version: material.version,
    };
  }
}

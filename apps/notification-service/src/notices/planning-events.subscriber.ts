import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EventEnvelope, PlanningEvent } from '@xieshang/contracts';
import { ServiceEvents } from '@xieshang/platform-runtime';
import type { EntityManager } from 'typeorm';
import { createNotices } from './create-notices.js';
import { parsePayload, planPublishedSchema, planRevisedSchema, planSolicitedSchema, suggestionDecidedSchema } from './notice-events.schema.js';
import { NoticeTemplateSource } from './notice-templates.js';
import { decidedDraft, type NoticeDraft, type NoticeTemplates, publishedDraft, revisedDraft, solicitedDraft } from './notice-text.rules.js';

interface NoticeSource {
  /** `<service>_<purpose>`; one subject per consumer, as NATS 2.9 filters only one. */
  durable: string;
  subject: string;
  draft: (payload: unknown, subject: string) => NoticeDraft;
}

const SOURCES: readonly NoticeSource[] = [
  {
    durable: 'notification-service_plan-solicited',
    subject: PlanningEvent.PlanSolicited,
    draft: (payload, subject) => solicitedDraft(parsePayload(planSolicitedSchema, payload, subject)),
  },
  {
    durable: 'notification-service_plan-published',
    subject: PlanningEvent.PlanPublished,
    draft: (payload, subject) => publishedDraft(parsePayload(planPublishedSchema, payload, subject)),
  },
  {
    durable: 'notification-service_plan-revised',
    subject: PlanningEvent.PlanRevised,
    draft: (payload, subject) => revisedDraft(parsePayload(planRevisedSchema, payload, subject)),
  },
  {
    durable: 'notification-service_suggestion-decided',
    subject: PlanningEvent.SuggestionDecided,
    draft: (payload, subject) => decidedDraft(parsePayload(suggestionDecidedSchema, payload, subject)),
  },
];

/** What a notice needs before its transaction opens: its draft, and the tenant's templates from the directory. */
interface PreparedNotice {
  draft: NoticeDraft;
  templates: NoticeTemplates;
}

/** Turns what planning reports into notices for the org units it names (the party branches, a suggesting branch). */
@Injectable()
export class PlanningEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly templates: NoticeTemplateSource,
  ) {}

  onModuleInit(): void {
    for (const source of SOURCES) {
      this.events.subscribe({
        durable: source.durable,
        filterSubjects: source.subject,
        prepare: (envelope) => this.prepare(envelope, source),
        handler: (manager, envelope, prepared) => this.apply(manager, envelope, prepared as PreparedNotice | null),
      });
    }
  }

  private async prepare(envelope: EventEnvelope, source: NoticeSource): Promise<PreparedNotice | null> {
    const draft = source.draft(envelope.payload, source.subject);
    if (draft.recipientOrgUnitIds.length === 0) return null;
    return { draft, templates: await this.templates.templates(draft.kind, envelope.tenantId) };
  }

  private async apply(manager: EntityManager, envelope: EventEnvelope, prepared: PreparedNotice | null): Promise<void> {
    if (prepared) await createNotices(manager, envelope.id, prepared.draft, prepared.templates);
  }
}

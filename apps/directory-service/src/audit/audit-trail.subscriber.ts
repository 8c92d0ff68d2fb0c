import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ALL_AUDIT_SUBJECTS } from '@xieshang/contracts';
import { ServiceEvents } from '@xieshang/platform-runtime';
import { appendAuditEvent } from './commands/append-audit-event/append-audit-event.js';

/** The durable consumer that appends every context's audit events, this service's own included, to the tenants' chains. */
@Injectable()
export class AuditTrailSubscriber implements OnModuleInit {
  constructor(private readonly events: ServiceEvents) {}

  onModuleInit(): void {
    this.events.subscribe({
      durable: 'directory-service_audit',
      filterSubjects: ALL_AUDIT_SUBJECTS,
      handler: async (manager, envelope) => {
        await appendAuditEvent(manager, envelope);
      },
    });
  }
}

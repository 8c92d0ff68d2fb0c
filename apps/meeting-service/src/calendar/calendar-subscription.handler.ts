import { Injectable } from '@nestjs/common';
import { type CalendarSubscriptionIssued, type CalendarSubscriptionView, CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireTenantId } from '@xieshang/platform-tenancy';
import { auditChange } from '../interviews/interview-audit.js';
import { CalendarSubscriptionEntity } from './calendar-subscription.entity.js';
import { hashCalendarToken, newCalendarToken } from './calendar-token.rules.js';

const personOf = (): { personId: string; username: string | null } => {
  const caller = currentCaller();
  if (!caller.personId) throw new AppException(CommonErrorCode.Forbidden, 'Only a signed-in person has a calendar');
  return { personId: caller.personId, username: caller.username };
};

/** The signed-in person's own feed token: whether there is one, a new one (the old stops working), none. */
@Injectable()
export class CalendarSubscriptionHandler {
  constructor(private readonly database: TenantDatabase) {}

  get(): Promise<CalendarSubscriptionView> {
    const { personId } = personOf();
    return this.database.run(async (manager) => {
      const subscription = await manager.getRepository(CalendarSubscriptionEntity).findOne({ where: { personId } });
      return { active: subscription !== null, createdAt: subscription?.updatedAt.toISOString() ?? null };
    });
  }

  rotate(): Promise<CalendarSubscriptionIssued> {
    const { personId, username } = personOf();
    const token = newCalendarToken(requireTenantId());
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(CalendarSubscriptionEntity);
      const existing = await repository.findOne({ where: { personId }, lock: { mode: 'pessimistic_write' } });
      const saved = await repository.save(Object.assign(existing ?? repository.create({ personId }), { username, tokenHash: hashCalendarToken(token) }));
      // The audit keeps that a token was issued, never the token or its hash.
      await auditChange(manager, 'calendar-subscription', saved.id, existing ? 'rotated' : 'created', existing ? { personId } : null, { personId });
      return { token, createdAt: saved.updatedAt.toISOString() };
    });
  }

  revoke(): Promise<CalendarSubscriptionView> {
    const { personId } = personOf();
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(CalendarSubscriptionEntity);
      const existing = await repository.findOne({ where: { personId }, lock: { mode: 'pessimistic_write' } });
      if (existing) {
        await repository.delete({ id: existing.id });
        await auditChange(manager, 'calendar-subscription', existing.id, 'revoked', { personId }, null);
      }
      return { active: false, createdAt: null };
    });
  }
}

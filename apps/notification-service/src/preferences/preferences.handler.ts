import { Inject, Injectable } from '@nestjs/common';
import { CommonErrorCode, DEFAULT_PREFERENCES, type Preferences, preferencesSchema, type PreferencesView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordAudit } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { APP_CONFIG } from '@xieshang/platform-runtime';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import type { NotificationConfig } from '../config/config.schema.js';
import { mailAddressOf, maskPhone } from '../delivery/channels.rules.js';
import { AUDIT } from '../notification.constants.js';

const read = async (manager: EntityManager, personId: string): Promise<Preferences> => {
  const rows: Array<{ preferences: unknown }> = await manager.query('select preferences from notification.preferences where person_id = $1', [personId]);
  return preferencesSchema.safeParse(rows[0]?.preferences).data ?? DEFAULT_PREFERENCES;
};

/** A person's own channel preferences; nobody reads or sets another's. The phone is never shown whole. */
@Injectable()
export class PreferencesHandler {
  constructor(
    private readonly database: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async get(): Promise<PreferencesView> {
    const { personId, username } = this.person();
    return this.database.run(async (manager) => this.view(await read(manager, personId), username));
  }

  async put(command: Preferences): Promise<PreferencesView> {
    const { personId, username } = this.person();
    return this.database.write(async (manager) => {
      const before = await read(manager, personId);
      await manager.query(
        `insert into notification.preferences (person_id, preferences) values ($1, $2)
         on conflict (tenant_id, person_id) do update set preferences = excluded.preferences, updated_at = now()`,
        [personId, JSON.stringify(command)],
      );
      // The audit trail keeps the choices, not the number.
      const masked = (value: Preferences) => ({ ...value, phone: value.phone ? maskPhone(value.phone) : null });
      await recordAudit(manager, { entity: 'notice-preferences', entityId: personId, action: 'updated', before: masked(before), after: masked(command) }, AUDIT);
      return this.view(command, username);
    });
  }

  private person(): { personId: string; username: string } {
    const caller = currentCaller();
    if (!caller.personId) throw new AppException(CommonErrorCode.Forbidden, 'Only a signed-in person has notice preferences');
    return { personId: caller.personId, username: caller.username ?? '' };
  }

  private view(preferences: Preferences, username: string): PreferencesView {
    const { phone, ...rest } = preferences;
    const effectiveEmail = this.config.MAIL_SMTP_URL ? mailAddressOf(preferences, username, this.config.MAIL_DEFAULT_DOMAIN) : null;
    return { ...rest, phoneMasked: phone ? maskPhone(phone) : null, effectiveEmail };
  }
}

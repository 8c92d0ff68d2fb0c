import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';

/** A person's calendar feed: only the token's SHA-256 is kept, so the table cannot give a token away. */
@Entity({ schema: 'meeting', name: 'calendar_subscriptions' })
export class CalendarSubscriptionEntity extends TenantScopedEntity {
  @Column({ name: 'person_id', type: 'text' })
  personId!: string;

  /** Kept beside the id, so the directory finds the person whichever of the two the identity provider gave. */
  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;
}

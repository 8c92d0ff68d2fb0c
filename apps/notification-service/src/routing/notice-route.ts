import type { NoticeCategory, NoticeKind, NoticeLink, Role, TemplateLocale } from '@xieshang/contracts';
import type { z } from 'zod';
import type { PlaceholderValues } from '../notices/notice-text.rules.js';

/**
 * Who must know of one event. Members of `orgUnitIds` and the people of `personIds` are the
 * record's own audience; `roles` (holders anywhere in the district), `orgUnitRoles` (holders in
 * one unit) and `rolesInUnitsOf` (holders in the units these people belong to now: the unit that
 * sent a solicitation) are told besides, unless the record is `confidential`: then only its audience.
 */
export interface Recipients {
  orgUnitIds?: readonly string[];
  personIds?: readonly string[];
  roles?: readonly Role[];
  orgUnitRoles?: ReadonlyArray<{ orgUnitId: string; roles: readonly Role[] }>;
  rolesInUnitsOf?: { personIds: readonly string[]; roles: readonly Role[] };
  confidential?: boolean;
}

/**
 * One row of the routing table: an event subject, what notice it makes (kind = template key,
 * category for the person's channel preferences), who must know, and the record it opens.
 */
export interface NoticeRoute<P = unknown> {
  subject: string;
  kind: NoticeKind;
  category: NoticeCategory;
  payload: z.ZodType<P>;
  recipients: (payload: P) => Recipients;
  title: (payload: P) => string;
  /** The template's words, with instants on the district's clock (`zone`, its `tenant.timeZone`). */
  values: (payload: P, locale: TemplateLocale, zone: string) => PlaceholderValues;
  /** What the notice is about, kept for filtering (`planId` …). */
  reference: (payload: P) => Record<string, unknown>;
  link: (payload: P) => NoticeLink | null;
}

/** Keeps each row's payload type checked against its own functions. */
export const noticeRoute = <P>(route: NoticeRoute<P>): NoticeRoute => route as unknown as NoticeRoute;

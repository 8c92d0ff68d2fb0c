import { z } from 'zod';
import { text } from '../common/primitives.js';
import { NOTICE_CATEGORIES } from './notification.subjects.js';

/** How a person wants mail of one category: each notice at once, one mail a day, or none. */
export const MAIL_MODES = ['immediate', 'digest', 'off'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');
const categoryMap = <T extends z.ZodTypeAny>(value: T) => z.partialRecord(z.enum(NOTICE_CATEGORIES), value);

/**
 * A person's own choices. The in-app inbox always receives everything; mail and text messages
 * follow these. Quiet hours hold mail and messages back until they end (tenant's time zone).
 */
export const preferencesSchema = z.strictObject({
  /** Where mail goes; empty: the address the district's mail domain gives the username. */
  email: z.email().max(254).nullable(),
  /** Only its last four digits are ever shown or logged. */
  phone: z.string().regex(/^\+?\d{6,20}$/, 'digits, optionally with a leading +').nullable(),
  language: z.enum(['zh-CN', 'en']),
  mail: categoryMap(z.enum(MAIL_MODES)),
  sms: categoryMap(z.boolean()),
  quietHours: z.strictObject({ from: hhmm, to: hhmm }).nullable(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { email: null, phone: null, language: 'zh-CN', mail: {}, sms: {}, quietHours: null };

/** What the caller sees of their preferences: the phone masked. */
export type PreferencesView = Omit<Preferences, 'phone'> & { phoneMasked: string | null; effectiveEmail: string | null };

/** A mail or text message on its way or given up on. */
export interface DeliveryView {
  id: string;
  channel: 'mail' | 'sms';
  personId: string;
  /** The address with its local part shortened, the phone masked. */
  to: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const deliveryListFilterSchema = z.object({ status: z.enum(['pending', 'sent', 'failed']).optional(), personId: z.uuid().optional(), q: text.max(100).optional() }).strict();
export type DeliveryListFilter = z.infer<typeof deliveryListFilterSchema>;

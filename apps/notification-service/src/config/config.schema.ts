import { z } from 'zod';
import { serviceConfigSchema } from '@xieshang/platform-runtime';

/** The service's variables, with mail and text-message delivery (docs/operations.md, "Notices"). */
export const configSchema = serviceConfigSchema(3106).extend({
  /** `smtp://user:pass@host:port` (or `smtps://`); unset: no mail is sent or queued. Never logged. */
  MAIL_SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('协商平台 <noreply@xieshang.local>'),
  /** A person without an address of their own gets mail at `<username>@<domain>`; unset: none. */
  MAIL_DEFAULT_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/).optional(),
  /** Where the console answers, for the link in each mail. */
  CONSOLE_PUBLIC_URL: z.string().url().default('http://localhost:4200'),
  /** Attempts before a delivery is recorded failed with its reason. */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Wait before the second attempt, doubling up to the maximum. */
  DELIVERY_RETRY_INITIAL_MS: z.coerce.number().int().min(10).default(5_000),
  DELIVERY_RETRY_MAX_MS: z.coerce.number().int().min(10).default(30 * 60_000),
  /** How often the delivery and digest pollers look for work when idle. */
  DELIVERY_POLL_MS: z.coerce.number().int().min(50).default(1_000),
  /** The hour (district time) after which yesterday's digest goes out. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

export type NotificationConfig = z.infer<typeof configSchema>;

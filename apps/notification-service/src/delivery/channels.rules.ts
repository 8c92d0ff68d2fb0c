import { DEFAULT_PREFERENCES, type MailMode, type NoticeCategory, type Preferences } from '@xieshang/contracts';

/** How one notice reaches one person besides the inbox. */
export interface ChannelPlan {
  mail: { mode: Exclude<MailMode, 'off'>; to: string } | null;
  sms: { to: string } | null;
}

/** The address mail goes to: the person's own, else `<username>@<district mail domain>`, else none. */
export const mailAddressOf = (preferences: Preferences, username: string, defaultDomain: string | undefined): string | null =>
  preferences.email ?? (defaultDomain ? `${username}@${defaultDomain}` : null);

/**
 * Mail comes at once unless the person chose a daily digest or none for the category; a text
 * message only when they asked for one and gave a number. Without a mail server, no mail.
 */
export const channelPlan = (
  preferences: Preferences = DEFAULT_PREFERENCES,
  category: NoticeCategory,
  person: { username: string },
  mail: { enabled: boolean; defaultDomain?: string },
): ChannelPlan => {
  const mode = preferences.mail[category] ?? 'immediate';
  const address = mail.enabled && mode !== 'off' ? mailAddressOf(preferences, person.username, mail.defaultDomain) : null;
  return {
    mail: address && mode !== 'off' ? { mode, to: address } : null,
    sms: preferences.sms[category] === true && preferences.phone ? { to: preferences.phone } : null,
  };
};

/** A phone number as logs and screens may show it: only the last four digits. */
export const maskPhone = (phone: string): string => `${'*'.repeat(Math.max(phone.length - 4, 0))}${phone.slice(-4)}`;

/** An address as the delivery list shows it: `zh***@example.org`. */
export const maskAddress = (address: string): string => {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
};

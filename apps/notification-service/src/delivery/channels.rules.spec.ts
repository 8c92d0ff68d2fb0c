import { DEFAULT_PREFERENCES } from '@xieshang/contracts';
import { channelPlan, maskAddress, maskPhone } from './channels.rules';

const person = { username: 'minmeng' };
const mail = { enabled: true, defaultDomain: 'bazhou.example' };

describe('channels of a notice', () => {
  it('mails at once to the district address by default, and sends no text message', () => {
    expect(channelPlan(DEFAULT_PREFERENCES, 'meeting', person, mail)).toEqual({ mail: { mode: 'immediate', to: 'minmeng@bazhou.example' }, sms: null });
  });

  it('follows the person’s own address, digest and text-message choices per category', () => {
    const preferences = { ...DEFAULT_PREFERENCES, email: 'me@example.org', phone: '+8613800000000', mail: { meeting: 'digest' as const }, sms: { meeting: true } };
    expect(channelPlan(preferences, 'meeting', person, mail)).toEqual({ mail: { mode: 'digest', to: 'me@example.org' }, sms: { to: '+8613800000000' } });
    expect(channelPlan(preferences, 'planning', person, mail)).toEqual({ mail: { mode: 'immediate', to: 'me@example.org' }, sms: null });
  });

  it('sends no mail when the person turned it off, or without a server or an address', () => {
    expect(channelPlan({ ...DEFAULT_PREFERENCES, mail: { planning: 'off' } }, 'planning', person, mail).mail).toBeNull();
    expect(channelPlan(DEFAULT_PREFERENCES, 'planning', person, { enabled: false, defaultDomain: 'x.example' }).mail).toBeNull();
    expect(channelPlan(DEFAULT_PREFERENCES, 'planning', person, { enabled: true }).mail).toBeNull();
  });

  it('shows only the end of a phone number and the start of an address', () => {
    expect(maskPhone('+8613812345678')).toBe('**********5678');
    expect(maskAddress('zhangsan@example.org')).toBe('zh***@example.org');
  });
});

import { digestMail, noticeMail } from './mail-text.rules';

const link = { resource: 'meetings', id: '11111111-1111-4111-8111-111111111111' };

describe('mail texts', () => {
  it('names the platform, the notice and the record’s page', () => {
    const mail = noticeMail({ title: '专题协商会', body: '兹定于…', link }, 'zh-CN', 'https://xs.example/');
    expect(mail.subject).toBe('【政党协商平台】专题协商会');
    expect(mail.text).toContain('兹定于…');
    expect(mail.text).toContain(`https://xs.example/#/meetings/${link.id}/show`);
  });

  it('lists every notice of the day in one digest', () => {
    const mail = digestMail('2027-03-05', [{ title: 'A', body: 'a', link }, { title: 'B', body: 'b', link: null }], 'en', 'http://localhost:4200');
    expect(mail.subject).toContain('Notices of 2027-03-05 (2)');
    expect(mail.text).toMatch(/1\. A[\s\S]*2\. B/);
  });
});

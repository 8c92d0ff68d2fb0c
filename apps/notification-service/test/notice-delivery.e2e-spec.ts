import { DataSource } from 'typeorm';
import { type DeliveryView, MeetingEvent } from '@xieshang/contracts';
import { createLogger } from '@xieshang/platform-observability';
import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';
import { DigestJob } from '../src/delivery/digest-job.js';
import { as, meetingPayload, noticesAbout, orgUnits, pause, type Reader, suffix, TestMailbox, TestProducer } from './notice-fixtures.js';

/** `npm test` gives notification-service this mail domain for people without an address of their own. */
const mailOf = (username: string): string => `${username}@xieshang.test`;
const query = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/**
 * Meeting events (published as meeting-service's outbox would) reach every invited person in the
 * inbox and by mail, once, in Chinese; through a mail server outage and as a daily digest; and
 * never anyone of another district or outside a personnel consultation's audience.
 */
describe('notices by mail and in the inbox', () => {
  const mailbox = new TestMailbox();
  let producer: TestProducer;
  let units: Map<string, { id: string }>;
  let minmeng: Reader;
  let minmengLeader: Reader;
  let jiusan: Reader;
  let fagai: Reader;
  let admin: Reader;
  const marker = `通知${suffix()}`;

  const meetingNoticed = (title: string, audience: Parameters<typeof meetingPayload>[1], tenant = 'bazhou', type?: Parameters<typeof meetingPayload>[2]) =>
    producer.envelope(MeetingEvent.Noticed, tenant, meetingPayload(title, audience, type));
  const unit = (name: string): string => units.get(name)?.id as string;

  beforeAll(async () => {
    producer = await TestProducer.open();
    const [m, ml, j, f, a] = await Promise.all(['minmeng', 'minmeng-leader', 'jiusan', 'fagai', 'bazhou-admin'].map((name) => passwordToken(name)));
    [minmeng, minmengLeader, jiusan, fagai, admin] = [m, ml, j, f, a].map((token) => as(token as string));
    units = await orgUnits(m as string);
  });

  afterAll(async () => {
    await producer?.close();
    // A test that failed during its outage must not leave the other files without mail.
    await mailbox.restore();
  });

  it('tells every member of each invited party in the inbox and by one mail, in Chinese', async () => {
    const title = `${marker}专题协商会`;
    await producer.publish(MeetingEvent.Noticed, meetingNoticed(title, { orgUnitIds: [unit('民盟'), unit('九三学社')], organiserOrgUnitIds: [unit('区委统战部')] }));
    for (const reader of [minmeng, minmengLeader, jiusan]) {
      const notices = await eventually(() => noticesAbout(reader, title), { until: (found) => found.length > 0, what: 'the meeting notice' });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'meeting.noticed', category: 'meeting', read: false, link: { resource: 'meetings' } });
      expect(notices[0]?.bodyZh).toBe(`兹定于2027年3月5日 09:30在区政协会议室召开“${title}”，请准时参加。`);
    }
    for (const username of ['minmeng', 'minmeng-leader', 'jiusan']) {
      const mails = await eventually(() => mailbox.to(mailOf(username), title), { until: (found) => found.length > 0, what: `the mail to ${username}` });
      expect(mails[0]?.subject).toBe(`【政党协商平台】${title}`);
      expect(mails[0]?.text).toContain('兹定于2027年3月5日 09:30');
      expect(mails[0]?.text).toMatch(/\/#\/meetings\/[0-9a-f-]{36}\/show/);
    }
    await pause(1_500);
    for (const username of ['minmeng', 'minmeng-leader', 'jiusan']) expect(await mailbox.to(mailOf(username), title)).toHaveLength(1);
    expect(await noticesAbout(fagai, title)).toEqual([]);
    expect(await mailbox.to(mailOf('fagai'), title)).toEqual([]);
  });

  it('makes one notice and one mail of the same event delivered three times', async () => {
    const title = `${marker}重复送达`;
    const event = meetingNoticed(title, { orgUnitIds: [unit('民盟')] });
    for (let copy = 0; copy < 3; copy += 1) await producer.publish(MeetingEvent.Noticed, event);
    await eventually(() => mailbox.to(mailOf('minmeng'), title), { until: (found) => found.length > 0, what: 'the mail' });
    await pause(2_000);
    expect(await noticesAbout(minmeng, title)).toHaveLength(1);
    expect(await noticesAbout(minmengLeader, title)).toHaveLength(1);
    expect(await mailbox.to(mailOf('minmeng'), title)).toHaveLength(1);
    expect(await mailbox.to(mailOf('minmeng-leader'), title)).toHaveLength(1);
  });

  it('delivers the mails once the mail server is back, none twice, and shows the failed attempts meanwhile', async () => {
    const title = `${marker}邮件服务中断`;
    await mailbox.outage();
    await producer.publish(MeetingEvent.Noticed, meetingNoticed(title, { orgUnitIds: [unit('民盟')] }));
    await eventually(() => noticesAbout(minmeng, title), { until: (found) => found.length === 1, what: 'the notice, mail or not' });
    const waiting = await eventually(async () => (await admin(`/notice-deliveries${query({ status: 'pending', q: title })}`)).body as DeliveryView[], {
      until: (found) => Array.isArray(found) && found.length >= 2 && found.every((delivery) => delivery.attempts >= 1 && delivery.lastError !== null),
      what: 'the failed attempts',
      timeoutMs: 20_000,
    });
    expect(waiting[0]?.to).toMatch(/^mi\*\*\*@xieshang\.test$/);
    expect((await minmeng(`/notice-deliveries${query({ status: 'pending' })}`)).status).toBe(403);
    await pause(1_000);
    await mailbox.restore();
    for (const username of ['minmeng', 'minmeng-leader']) {
      await eventually(() => mailbox.to(mailOf(username), title), { until: (found) => found.length > 0, what: `the mail to ${username} after the outage`, timeoutMs: 20_000 });
    }
    await pause(2_500);
    expect(await mailbox.to(mailOf('minmeng'), title)).toHaveLength(1);
    expect(await mailbox.to(mailOf('minmeng-leader'), title)).toHaveLength(1);
    // Everyone of 民盟 got theirs (other tests may add members to the branch meanwhile).
    const sent = (await admin(`/notice-deliveries${query({ q: title })}`)).body as DeliveryView[];
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(new Set(sent.map((delivery) => delivery.status))).toEqual(new Set(['sent']));
  });

  it('keeps a bazhou member out of enyang’s notices and out of a personnel consultation they are not invited to', async () => {
    const foreign = `${marker}恩阳区会议`;
    const personnel = `${marker}人事协商`;
    const control = `${marker}对照`;
    // An enyang event naming enyang's office and bazhou's branch: the directory answers in enyang,
    // so enyang's office is told and nobody of bazhou.
    const enyangOffice = as(await passwordToken('enyang-office'));
    const enyangUnits = await orgUnits((await passwordToken('enyang-office')) as string);
    await producer.publish(MeetingEvent.Noticed, meetingNoticed(foreign, { orgUnitIds: [enyangUnits.get('区委办公室')?.id as string, unit('民盟')] }, 'enyang'));
    await producer.publish(
      MeetingEvent.Noticed,
      meetingNoticed(personnel, { orgUnitIds: [unit('九三学社')], organiserOrgUnitIds: [unit('区委统战部')], confidential: true }, 'bazhou', 'personnel'),
    );
    await producer.publish(MeetingEvent.Noticed, meetingNoticed(control, { orgUnitIds: [unit('民盟')] }));
    await eventually(() => noticesAbout(enyangOffice, foreign), { until: (found) => found.length === 1, what: 'enyang’s own notice' });
    await eventually(() => noticesAbout(jiusan, personnel), { until: (found) => found.length === 1, what: 'the invited party’s personnel notice' });
    await eventually(() => noticesAbout(minmeng, control), { until: (found) => found.length === 1, what: 'the control notice' });
    expect(await noticesAbout(minmeng, foreign)).toEqual([]);
    expect(await noticesAbout(minmeng, personnel)).toEqual([]);
    await eventually(() => mailbox.to(mailOf('minmeng'), control), { until: (found) => found.length === 1, what: 'the control mail' });
    expect(await mailbox.to(mailOf('minmeng'), foreign)).toEqual([]);
    expect(await mailbox.to(mailOf('minmeng'), personnel)).toEqual([]);
  });

  it('refuses a template with a variable no notice fills, and words the notices with the district’s own', async () => {
    const admin = as(await passwordToken('enyang-admin'));
    const officeToken = await passwordToken('enyang-office');
    const enyangOffice = as(officeToken);
    const key = 'template.meeting.noticed.zh-CN';
    const refused = await admin('/settings', 'PUT', { values: { [key]: '{title}于{when}召开' } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'VALIDATION.INVALID_SETTING', errors: [{ path: `values.${key}` }] });
    expect((await admin('/settings', 'PUT', { values: { [key]: '恩阳区通知：{title}，{date}，{place}' } })).status).toBe(200);
    try {
      const title = `${marker}本区模板`;
      const office = (await orgUnits(officeToken)).get('区委办公室')?.id as string;
      // The settings reach the service's cache through their change event; ask until the new wording shows.
      const worded = await eventually(
        async () => {
          const event = meetingNoticed(`${title}${Date.now()}`, { orgUnitIds: [office] }, 'enyang');
          await producer.publish(MeetingEvent.Noticed, event);
          const found = await eventually(() => noticesAbout(enyangOffice, (event.payload as { title: string }).title), { until: (notices) => notices.length === 1, what: 'the notice' });
          return found[0]?.bodyZh ?? '';
        },
        { until: (body) => body.startsWith('恩阳区通知：'), what: 'the district’s wording', timeoutMs: 20_000 },
      );
      expect(worded).toMatch(/^恩阳区通知：.*，2027年3月5日 09:30，区政协会议室$/);
    } finally {
      await admin(`/settings/${key}`, 'DELETE');
    }
  });

  it('words a meeting’s time on the district’s own clock (tenant.timeZone)', async () => {
    const code = `z${suffix()}`;
    const password = 'zone-test-password-1';
    const created = await callGateway('/api/v1/tenants', {
      token: await passwordToken('platform-admin'),
      method: 'POST',
      body: { code, name: `测试${code}区`, parentCode: 'bazhong', admin: { username: `${code}-admin`, displayName: `${code}管理员`, password } },
    });
    expect(created.status).toBe(201);
    const districtAdmin = as(await passwordToken(`${code}-admin`, password));
    expect((await districtAdmin('/settings', 'PUT', { values: { 'tenant.timeZone': 'Asia/Urumqi' } })).status).toBe(200);
    const office = ((await districtAdmin('/me')).body as { orgUnit: { id: string } }).orgUnit.id;
    const title = `${marker}本区时区`;
    await producer.publish(MeetingEvent.Noticed, meetingNoticed(title, { orgUnitIds: [office] }, code));
    const notices = await eventually(() => noticesAbout(districtAdmin, title), { until: (found) => found.length === 1, what: 'the notice' });
    // 01:30 UTC is 09:30 in Bazhou and 07:30 in Urumqi.
    expect(notices[0]?.bodyZh).toBe(`兹定于2027年3月5日 07:30在区政协会议室召开“${title}”，请准时参加。`);
    expect(notices[0]?.bodyEn).toContain('5 March 2027 07:30');
  });

  it('keeps a task closed when its opening arrives after its closing, and opens one that is only opened', async () => {
    const me = (await jiusan('/me')).body as { id: string };
    const task = (key: string) => ({ taskKey: key, kind: 'meeting.read-documents', title: `${marker}阅读材料`, assignee: { personId: me.id }, record: { resource: 'meetings', id: me.id }, dueOn: '2030-01-31', confidential: false });
    const [late, open] = [`meeting:test:${marker}:late`, `meeting:test:${marker}:open`];
    const opened = producer.envelope('evt.meeting.task.opened.v1', 'bazhou', task(late));
    const done = producer.envelope('evt.meeting.task.done.v1', 'bazhou', { taskKey: late });
    done.occurredAt = new Date(Date.parse(opened.occurredAt) + 1_000).toISOString();
    await producer.publish('evt.meeting.task.done.v1', done);
    await producer.publish('evt.meeting.task.opened.v1', opened);
    await producer.publish('evt.meeting.task.opened.v1', producer.envelope('evt.meeting.task.opened.v1', 'bazhou', task(open)));
    const keys = async () => ((await jiusan(`/tasks?range=${encodeURIComponent('[0,99]')}`)).body as Array<{ id: string }>).map((entry) => entry.id);
    await eventually(keys, { until: (found) => found.includes(open), what: 'the open task' });
    await pause(1_500);
    expect(await keys()).not.toContain(late);
    await producer.publish('evt.meeting.task.done.v1', producer.envelope('evt.meeting.task.done.v1', 'bazhou', { taskKey: open }));
    await eventually(keys, { until: (found) => !found.includes(open), what: 'the task to close' });
  });

  it('sends a digest person one mail a day with every item of it', async () => {
    const titles = [`${marker}摘要一`, `${marker}摘要二`];
    const digest = { email: null, phone: null, language: 'zh-CN', mail: { meeting: 'digest' }, sms: {}, quietHours: null };
    expect((await jiusan('/notice-preferences', 'PUT', digest)).body).toMatchObject({ mail: { meeting: 'digest' }, effectiveEmail: mailOf('jiusan') });
    try {
      for (const title of titles) await producer.publish(MeetingEvent.Noticed, meetingNoticed(title, { orgUnitIds: [unit('九三学社')] }));
      for (const title of titles) await eventually(() => noticesAbout(jiusan, title), { until: (found) => found.length === 1, what: `the notice ${title}` });
      await pause(1_500);
      expect((await Promise.all(titles.map((title) => mailbox.to(mailOf('jiusan'), title)))).flat()).toEqual([]);

      // The service's own digest job waits for tomorrow; this one runs on a clock a day and a half ahead.
      const dataSource = await new DataSource({ type: 'postgres', url: process.env['DATABASE_URL'] }).initialize();
      try {
        const tomorrow = { now: () => new Date(Date.now() + 36 * 3600_000) };
        const job = new DigestJob({ dataSource, clock: tomorrow, logger: createLogger('digest-test'), consoleUrl: 'http://localhost:4200', pollMs: 60_000 });
        expect(await job.queueDue()).toBeGreaterThanOrEqual(1);
        expect(await job.queueDue()).toBe(0);
      } finally {
        await dataSource.destroy();
      }
      const mails = await eventually(() => mailbox.to(mailOf('jiusan'), titles[0] as string), { until: (found) => found.length > 0, what: 'the digest', timeoutMs: 20_000 });
      await pause(1_500);
      expect(await mailbox.to(mailOf('jiusan'), titles[0] as string)).toHaveLength(1);
      expect(mails[0]?.subject).toMatch(/通知汇总/);
      for (const title of titles) expect(mails[0]?.text).toContain(title);
    } finally {
      await jiusan('/notice-preferences', 'PUT', { ...digest, mail: {} });
    }
  });
});

import type { INestApplication } from '@nestjs/common';
import ical, { type VEvent } from 'node-ical';
import type { CalendarEventView, CalendarSubscriptionIssued, InterviewView, MeetingView } from '@xieshang/contracts';
import { platformUrls, readAppLogs } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';
import { inDays, interviewPeople, type InterviewPeople } from './interview-fixtures.js';
import { daysFromNow } from './meetings-fixtures.js';
import { orgUnits, suffix } from './planning-fixtures.js';
import { passwordToken } from '@xieshang/platform-testing';

/** The feed as a calendar application fetches it: no bearer token. */
const fetchFeed = async (token: string, base = platformUrls.gateway) => {
  const response = await fetch(`${base}/api/v1/calendar/${token}.ics`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

const uidsOf = (text: string): string[] =>
  Object.values(ical.sync.parseICS(text))
    .filter((entry): entry is VEvent => entry?.type === 'VEVENT')
    .map((entry) => entry.uid);

const uidOf = (interview: InterviewView): string => `interview-${interview.id}@bazhou.xieshang`;

describe('the calendar feed and the month view', () => {
  let people: InterviewPeople;
  let withMinmeng: InterviewView;
  let withJiusan: InterviewView;
  let requestedOnly: InterviewView;
  const marker = `日历${suffix()}`;

  beforeAll(async () => {
    people = await interviewPeople();
    const invite = (partyOrgUnitId: string, subject: string, startsAt: string) =>
      people.leader('/interviews', 'POST', { partyOrgUnitId, subject, information: '会前材料', startsAt, place: '区委小会议室' });
    withMinmeng = (await invite(people.minmeng, `${marker} 民盟`, inDays(3, 10))).body as InterviewView;
    withJiusan = (await invite(people.jiusan, `${marker} 九三`, inDays(4, 15))).body as InterviewView;
    requestedOnly = (await people.partyLeader('/interviews/requests', 'POST', { subject: `${marker} 未安排`, information: '说明' })).body as InterviewView;
  }, 60_000);

  it('publishes to a party’s leader its own arranged interviews and to the leader all of theirs, parsed as iCalendar', async () => {
    const issued = (await people.partyLeader('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued;
    expect(issued.token).toMatch(/^xscal\.bazhou\./);
    const feed = await fetchFeed(issued.token);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    const uids = uidsOf(feed.text);
    expect(uids).toContain(uidOf(withMinmeng));
    expect(uids).not.toContain(uidOf(withJiusan));
    expect(uids).not.toContain(uidOf(requestedOnly));
    const event = Object.values(ical.sync.parseICS(feed.text)).find((entry) => entry?.type === 'VEVENT' && entry.uid === uidOf(withMinmeng)) as VEvent;
    expect(event.summary).toBe(`约谈协商：${withMinmeng.subject}`);
    expect(event.location).toBe('区委小会议室');
    expect(event.start.toISOString()).toBe(new Date(withMinmeng.startsAt as string).toISOString());

    const leaderToken = ((await people.leader('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    const leaderUids = uidsOf((await fetchFeed(leaderToken)).text);
    expect(leaderUids).toEqual(expect.arrayContaining([uidOf(withMinmeng), uidOf(withJiusan)]));
    const otherParty = ((await people.otherParty('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    const jiusanUids = uidsOf((await fetchFeed(otherParty)).text);
    expect(jiusanUids).toContain(uidOf(withJiusan));
    expect(jiusanUids).not.toContain(uidOf(withMinmeng));
  });

  it('lists the same events for the console’s month view, within a window of at most 62 days', async () => {
    const from = inDays(0).slice(0, 10);
    const to = inDays(30).slice(0, 10);
    const listed = await people.partyMember(`/calendar/events?from=${from}&to=${to}`);
    expect(listed.status).toBe(200);
    const ids = (listed.body as CalendarEventView[]).map((event) => event.recordId);
    expect(ids).toContain(withMinmeng.id);
    expect(ids).not.toContain(withJiusan.id);
    expect((listed.body as CalendarEventView[]).find((event) => event.recordId === withMinmeng.id)).toMatchObject({ kind: 'interview', resource: 'interviews', status: 'scheduled' });
    const tooLong = await people.partyMember(`/calendar/events?from=${from}&to=${inDays(90).slice(0, 10)}`);
    expect(tooLong.status).toBe(400);
    expect((await people.partyMember('/calendar/events')).status).toBe(400);
  });

  it('stops an old token when a new one is issued, and every token once revoked; unknown tokens are 404 problem+json', async () => {
    const first = ((await people.partyMember('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    expect((await people.partyMember('/calendar/subscription')).body).toMatchObject({ active: true });
    const second = ((await people.partyMember('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    const stale = await fetchFeed(first);
    expect(stale.status).toBe(404);
    expect(stale.type).toMatch(/application\/problem\+json/);
    expect(JSON.parse(stale.text)).toMatchObject({ code: 'CALENDAR.FEED_NOT_FOUND' });
    expect((await fetchFeed(second)).status).toBe(200);

    expect((await people.partyMember('/calendar/subscription', 'DELETE')).body).toEqual({ active: false, createdAt: null });
    expect((await people.partyMember('/calendar/subscription')).body).toEqual({ active: false, createdAt: null });
    expect((await fetchFeed(second)).status).toBe(404);

    const forged = `xscal.enyang.${second.split('.')[2]}`;
    for (const token of [forged, 'xscal.bazhou.short', 'not-a-token', `xscal.nowhere.${second.split('.')[2]}`]) {
      const answer = await fetchFeed(token);
      expect({ token, status: answer.status, code: (JSON.parse(answer.text) as { code: string }).code }).toEqual({ token, status: 404, code: 'CALENDAR.FEED_NOT_FOUND' });
    }
  });

  it('keeps feed tokens out of every log', async () => {
    const token = ((await people.leader('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    expect((await fetchFeed(token)).status).toBe(200);
    await fetchFeed(`${token.slice(0, -1)}A`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const secret = token.split('.')[2] as string;
    const logs = await readAppLogs();
    const gateway = [...logs].find(([name]) => name.startsWith('api-gateway'))?.[1] ?? '';
    expect(gateway).toContain('/api/v1/calendar/[Redacted].ics');
    for (const [name, text] of logs) expect({ name, leaks: text.includes(secret.slice(0, 30)) }).toEqual({ name, leaks: false });
  });
});

const meetingUid = (meeting: MeetingView): string => `meeting-${meeting.id}@bazhou.xieshang`;

const eventsOf = (text: string): VEvent[] => Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');

describe('meetings in the calendar', () => {
  let people: InterviewPeople;
  let noticed: MeetingView;
  let planned: MeetingView;
  let cancelled: MeetingView;
  let personnel: MeetingView;
  const marker = `会议日历${suffix()}`;
  const nominee = `候选人${marker}`;
  const feedOf = async (caller: InterviewPeople['leader']) => {
    const token = ((await caller('/calendar/subscription', 'POST')).body as CalendarSubscriptionIssued).token;
    const feed = await fetchFeed(token);
    expect(feed.status).toBe(200);
    return feed.text;
  };

  beforeAll(async () => {
    people = await interviewPeople();
    const units = await orgUnits(await passwordToken('office'));
    const create = async (overrides: Record<string, unknown>): Promise<MeetingView> => {
      const created = await people.office('/meetings', 'POST', {
        type: 'thematic',
        title: `${marker} 专题`,
        startsAt: daysFromNow(20),
        place: '区委第三会议室',
        leadOrgUnitId: units.get('区委办公室')!.id,
        invitedOrgUnitIds: [people.minmeng],
        ...overrides,
      });
      if (created.status !== 201) throw new Error(`meeting: ${created.status} ${JSON.stringify(created.body)}`);
      return created.body as MeetingView;
    };
    const notice = async (meeting: MeetingView) => {
      const answer = await people.office(`/meetings/${meeting.id}/notice`, 'POST', {});
      if (answer.status !== 200) throw new Error(`notice: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body as MeetingView;
    };
    noticed = await notice(await create({}));
    planned = await create({ title: `${marker} 未通知` });
    cancelled = await notice(await create({ title: `${marker} 取消`, startsAt: daysFromNow(21) }));
    cancelled = (await people.office(`/meetings/${cancelled.id}/cancel`, 'POST', { reason: '议题并入其他会议' })).body as MeetingView;
    expect(cancelled.status).toBe('cancelled');
    personnel = await notice(await create({ type: 'personnel', title: `${marker} 人事 ${nominee}`, nominees: [{ name: nominee, position: '区人民法院副院长' }] }));
  }, 90_000);

  it('lists a noticed meeting to an invited party’s member and leader, never to an uninvited party, and never a planned one', async () => {
    for (const caller of [people.partyMember, people.partyLeader]) {
      const text = await feedOf(caller);
      const uids = eventsOf(text).map((event) => event.uid);
      expect(uids).toEqual(expect.arrayContaining([meetingUid(noticed), meetingUid(cancelled), meetingUid(personnel)]));
      expect(uids).not.toContain(meetingUid(planned));
      const event = eventsOf(text).find((entry) => entry.uid === meetingUid(noticed))!;
      expect(event.summary).toBe(`会议协商：${noticed.title}`);
      expect(event.location).toBe('区委第三会议室');
      expect(event.start.toISOString()).toBe(new Date(noticed.startsAt!).toISOString());
      expect(eventsOf(text).find((entry) => entry.uid === meetingUid(cancelled))!.status).toBe('CANCELLED');
      expect(text).not.toContain(nominee);
    }
    const officeUids = eventsOf(await feedOf(people.office)).map((event) => event.uid);
    expect(officeUids).toEqual(expect.arrayContaining([meetingUid(noticed), meetingUid(personnel)]));
    const uninvited = eventsOf(await feedOf(people.otherParty)).map((event) => event.uid);
    expect(uninvited).not.toContain(meetingUid(noticed));
    expect(uninvited).not.toContain(meetingUid(personnel));
  });

  it('keeps a personnel consultation out of a non-invitee’s feed, the district leader’s too, and its nominee out of every title', async () => {
    const leaderText = await feedOf(people.leader);
    expect(eventsOf(leaderText).map((event) => event.uid)).not.toContain(meetingUid(personnel));
    const officeText = await feedOf(people.office);
    expect(eventsOf(officeText).find((entry) => entry.uid === meetingUid(personnel))!.summary).toBe('会议协商：人事安排协商座谈会');
    expect(officeText).not.toContain(nominee);
  });

  it('shows the meetings in the month view too, with the meetings resource and their status', async () => {
    const from = inDays(0).slice(0, 10);
    const to = inDays(40).slice(0, 10);
    const listed = await people.partyMember(`/calendar/events?from=${from}&to=${to}`);
    expect(listed.status).toBe(200);
    const events = listed.body as CalendarEventView[];
    expect(events.find((event) => event.recordId === noticed.id)).toMatchObject({ kind: 'meeting', resource: 'meetings', status: 'noticed', title: noticed.title });
    expect(events.find((event) => event.recordId === cancelled.id)).toMatchObject({ status: 'cancelled' });
    expect(events.map((event) => event.recordId)).not.toContain(planned.id);
    const other = (await people.otherParty(`/calendar/events?from=${from}&to=${to}`)).body as CalendarEventView[];
    expect(other.map((event) => event.recordId)).not.toContain(noticed.id);
  });
});

describe('the calendar feed’s address limit', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    ({ app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '3' }));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts the public feed like any other route, so tokens cannot be guessed at speed', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetchFeed(`xscal.bazhou.${'A'.repeat(43)}`, url)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});

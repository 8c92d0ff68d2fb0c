import type { MeetingView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { makePdf, uploadToMeeting } from './meetings-fixtures.js';
import { toldNone, toldOnce } from './notice-inbox.js';
import { as, orgUnits, suffix, type Unit } from './planning-fixtures.js';

const DAY_MS = 86_400_000;

/**
 * The invitees are reminded a day before the meeting on the district's clock: meetings starting a
 * day and some seconds from now have their reminder fall due in those seconds. A personnel
 * consultation's reaches only its invited units and people; a meeting cancelled, held, or moved
 * to a later day reminds nobody then.
 */
describe('the reminder the day before a meeting', () => {
  const tag = suffix();
  const people: Record<string, ReturnType<typeof as>> = {};
  let office: ReturnType<typeof as>;
  let officeToken: string;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;

  beforeAll(async () => {
    const names = ['office', 'ufwd', 'minmeng', 'jiusan', 'fagai', 'caizheng'];
    const tokens = await Promise.all(names.map((name) => passwordToken(name)));
    names.forEach((name, index) => (people[name] = as(tokens[index]!)));
    officeToken = tokens[0]!;
    office = people['office']!;
    units = await orgUnits(officeToken);
  });

  const noticed = async (title: string, startsAt: string, overrides: Record<string, unknown> = {}): Promise<MeetingView> => {
    const created = await office('/meetings', 'POST', {
      type: 'thematic',
      title,
      startsAt,
      place: '区委第三会议室',
      leadOrgUnitId: unit('区委统战部'),
      invitedOrgUnitIds: [unit('民盟')],
      ...overrides,
    });
    expect(created.status).toBe(201);
    const meeting = created.body as MeetingView;
    expect((await office(`/meetings/${meeting.id}/notice`, 'POST', { lateReason: '临时增加的会议' })).status).toBe(200);
    return meeting;
  };

  it('reminds the invitees once, a personnel consultation’s only its audience, and nobody of a meeting cancelled, held or moved', async () => {
    const startsAt = new Date(Date.now() + DAY_MS + 40_000).toISOString();
    const fagaiId = ((await callGateway('/api/v1/me', { token: await passwordToken('fagai') })).body as { id: string }).id;
    const thematic = await noticed(`会前提醒专题 ${tag}`, startsAt);
    const personnel = await noticed(`会前提醒人事 ${tag}`, startsAt, { type: 'personnel', invitedPersonIds: [fagaiId], nominees: [{ name: `候选人${tag}`, position: '区人民法院副院长' }] });

    const cancelled = await noticed(`会前提醒取消 ${tag}`, startsAt);
    expect((await office(`/meetings/${cancelled.id}/cancel`, 'POST', { reason: '会议取消' })).status).toBe(200);
    const held = await noticed(`会前提醒提前召开 ${tag}`, startsAt);
    expect((await uploadToMeeting(officeToken, held.id, makePdf(tag), '文件稿.pdf')).status).toBe(201);
    expect((await office(`/meetings/${held.id}/provide-documents`, 'POST', { lateReason: '临时增加的会议' })).status).toBe(200);
    expect((await office(`/meetings/${held.id}/hold`, 'POST', { attendance: [{ orgUnitId: unit('民盟'), name: '民盟代表' }] })).status).toBe(200);
    const moved = await noticed(`会前提醒改期 ${tag}`, startsAt);
    const current = (await office(`/meetings/${moved.id}`)).body as MeetingView;
    const change = {
      title: current.title,
      startsAt: new Date(Date.now() + 3 * DAY_MS).toISOString(),
      place: current.place,
      leadOrgUnitId: current.leadOrgUnitId,
      invitedOrgUnitIds: current.invitedOrgUnitIds,
      reason: '改期',
      version: current.version,
    };
    expect((await office(`/meetings/${moved.id}`, 'PUT', change)).status).toBe(200);

    const reminder = await toldOnce(people['minmeng']!, 'meeting.reminder', `会前提醒专题 ${tag}`, 120_000);
    expect(reminder).toMatchObject({ category: 'meeting', link: { resource: 'meetings', id: thematic.id }, reference: { meetingId: thematic.id } });
    expect(reminder.bodyZh).toMatch(new RegExp(`^提醒：“会前提醒专题 ${tag}”将于\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}在区委第三会议室召开，请准时参加。$`));

    await toldOnce(people['minmeng']!, 'meeting.reminder', `会前提醒人事 ${tag}`);
    await toldOnce(people['fagai']!, 'meeting.reminder', `会前提醒人事 ${tag}`);
    const outsiders = { jiusan: people['jiusan']!, caizheng: people['caizheng']!, ufwd: people['ufwd']!, office };
    await toldNone(outsiders, 'meeting.reminder', `会前提醒人事 ${tag}`);
    await toldNone(outsiders, 'meeting.reminder', `会前提醒专题 ${tag}`);

    // Every reminder fell due at the same moment: those still pending were told by now.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    for (const title of ['取消', '提前召开', '改期']) await toldNone({ minmeng: people['minmeng']! }, 'meeting.reminder', `会前提醒${title} ${tag}`);
    expect(personnel.confidential).toBe(true);
  }, 180_000);
});

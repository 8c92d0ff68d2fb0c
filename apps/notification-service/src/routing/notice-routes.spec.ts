import { MeetingDeadline, NOTICE_KINDS, TEMPLATE_DEFAULTS, TEMPLATE_VARIABLES } from '@xieshang/contracts';
import { fillTemplate } from '../notices/notice-text.rules';
import { NOTICE_ROUTES, NOTICE_SOURCES, routeOf } from './notice-routes';

describe('the routing table', () => {
  it('has one row per subject, each with a known kind, its templates and the variables they use', () => {
    expect(new Set(NOTICE_ROUTES.map((route) => route.subject)).size).toBe(NOTICE_ROUTES.length);
    for (const route of NOTICE_ROUTES) {
      expect(NOTICE_KINDS).toContain(route.kind);
      expect(TEMPLATE_DEFAULTS[route.kind]).toBeDefined();
      expect(TEMPLATE_VARIABLES[route.kind]).toBeDefined();
    }
  });

  it('reads every routed subject through one of its consumers', () => {
    for (const route of NOTICE_ROUTES) {
      expect(NOTICE_SOURCES.some((source) => route.subject.startsWith(source.subject.replace('>', '')))).toBe(true);
    }
  });

  it('fills every variable of a meeting notice and keeps a personnel consultation to its audience', () => {
    const route = routeOf('evt.meeting.meeting.noticed.v1');
    const payload = route?.payload.parse({
      meetingId: '11111111-1111-4111-8111-111111111111',
      title: '人事协商座谈会',
      type: 'personnel',
      startsAt: '2027-03-05T01:30:00Z',
      place: '区委常委会议室',
      audience: { orgUnitIds: ['22222222-2222-4222-8222-222222222222'], personIds: [], organiserOrgUnitIds: ['33333333-3333-4333-8333-333333333333'], confidential: true },
      reason: null,
    });
    const text = fillTemplate(TEMPLATE_DEFAULTS['meeting.noticed']?.['zh-CN'] ?? '', route?.values(payload, 'zh-CN', 'Asia/Shanghai') ?? {});
    expect(text).toBe('兹定于2027年3月5日 09:30在区委常委会议室召开“人事协商座谈会”，请准时参加。');
    expect(route?.recipients(payload)).toEqual({ orgUnitIds: ['22222222-2222-4222-8222-222222222222'], personIds: [], confidential: true });
    expect(route?.link(payload)).toEqual({ resource: 'meetings', id: '11111111-1111-4111-8111-111111111111' });
  });

  it('reminds a personnel consultation’s invitees alone, the day before, with its time and place', () => {
    const route = routeOf(MeetingDeadline.Reminder);
    const event = route?.payload.parse({
      deadlineId: '44444444-4444-4444-8444-444444444444',
      kind: 'meeting-reminder',
      reference: 'meeting/11111111-1111-4111-8111-111111111111',
      dueAt: '2027-03-04T01:30:00.000Z',
      firedAt: '2027-03-04T01:30:04.000Z',
      recipients: ['22222222-2222-4222-8222-222222222222'],
      payload: {
        meetingId: '11111111-1111-4111-8111-111111111111',
        title: '人事协商座谈会',
        type: 'personnel',
        startsAt: '2027-03-05T01:30:00Z',
        place: '区委常委会议室',
        audience: {
          orgUnitIds: ['22222222-2222-4222-8222-222222222222'],
          personIds: ['55555555-5555-4555-8555-555555555555'],
          organiserOrgUnitIds: ['33333333-3333-4333-8333-333333333333'],
          confidential: true,
        },
        reason: null,
      },
    });
    expect(route?.recipients(event)).toEqual({ orgUnitIds: ['22222222-2222-4222-8222-222222222222'], personIds: ['55555555-5555-4555-8555-555555555555'], confidential: true });
    expect(fillTemplate(TEMPLATE_DEFAULTS['meeting.reminder']?.['zh-CN'] ?? '', route?.values(event, 'zh-CN', 'Asia/Shanghai') ?? {})).toBe(
      '提醒：“人事协商座谈会”将于2027年3月5日 09:30在区委常委会议室召开，请准时参加。',
    );
    expect(fillTemplate(TEMPLATE_DEFAULTS['meeting.reminder']?.en ?? '', route?.values(event, 'en', 'Asia/Shanghai') ?? {})).toBe(
      'Reminder: "人事协商座谈会" takes place on 5 March 2027 09:30 at 区委常委会议室. Please attend on time.',
    );
    expect(route?.link(event)).toEqual({ resource: 'meetings', id: '11111111-1111-4111-8111-111111111111' });
  });

  it('makes no notice of a subject without a row', () => {
    expect(routeOf('evt.meeting.meeting.held.v1')).toBeUndefined();
  });
});

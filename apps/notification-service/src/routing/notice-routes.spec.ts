import { NOTICE_KINDS, TEMPLATE_DEFAULTS, TEMPLATE_VARIABLES } from '@xieshang/contracts';
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

  it('makes no notice of a subject without a row', () => {
    expect(routeOf('evt.meeting.meeting.held.v1')).toBeUndefined();
  });
});

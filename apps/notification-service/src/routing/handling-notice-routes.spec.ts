import { HandlingEvent, TEMPLATE_DEFAULTS } from '@xieshang/contracts';
import { fillTemplate, type PlaceholderValues } from '../notices/notice-text.rules';
import { routeOf } from './notice-routes';

const [caseId, lead, coHandler, office, other, reportId] = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
  '44444444-4444-4444-8444-444444444444',
  '55555555-5555-4555-8555-555555555555',
  '66666666-6666-4666-8666-666666666666',
];
const zone = 'Asia/Shanghai';
const text = (kind: string, locale: 'zh-CN' | 'en', values: PlaceholderValues | undefined) => fillTemplate(TEMPLATE_DEFAULTS[kind]?.[locale] ?? '', values ?? {});

describe('the rows of handling steps', () => {
  it('tells the department people of the lead and each co-handler that a case was assigned, with its due day in district time', () => {
    const route = routeOf(HandlingEvent.Assigned);
    const event = route?.payload.parse({
      caseId,
      number: 12,
      title: '关于加强养老服务的建议',
      leadOrgUnitId: lead,
      coHandlerOrgUnitIds: [coHandler, lead],
      assignedByRole: 'office',
      dueAt: '2027-06-01T16:00:00.000Z',
      rehandling: false,
    });
    expect(route?.recipients(event)).toEqual({
      orgUnitRoles: [
        { orgUnitId: lead, roles: ['department'] },
        { orgUnitId: coHandler, roles: ['department'] },
      ],
    });
    expect(text('case.assigned', 'zh-CN', route?.values(event, 'zh-CN', zone))).toBe('协商意见“关于加强养老服务的建议”（第12号）已交办，请牵头单位于2027年6月2日前报送办理情况。');
    expect(text('case.assigned', 'en', route?.values(event, 'en', zone))).toBe(
      'The consultation opinion "关于加强养老服务的建议" (no. 12) has been assigned; the lead department reports on its handling by 2 June 2027.',
    );
    expect(route?.link(event)).toEqual({ resource: 'cases', id: caseId });
  });

  it('tells the assigning office, by its assigning role in its unit, that a department returned a case, and why', () => {
    const route = routeOf(HandlingEvent.Returned);
    const returned = { caseId, number: 7, title: '停车难', returnedByOrgUnitId: lead, reason: '不属于本单位职责', assignedByRole: 'gov-office', assignerOrgUnitId: office };
    const event = route?.payload.parse(returned);
    expect(route?.recipients(event)).toEqual({ orgUnitRoles: [{ orgUnitId: office, roles: ['gov-office'] }] });
    expect(text('case.returned', 'zh-CN', route?.values(event, 'zh-CN', zone))).toBe('协商意见“停车难”（第7号）已被承办单位退回，请重新交办。退回理由：不属于本单位职责');
    expect(route?.recipients(route.payload.parse({ ...returned, assignerOrgUnitId: null }))).toEqual({ roles: ['gov-office'] });
  });

  it('tells the departments a supervision report names and the district’s office and UFWD, and opens the year’s reports', () => {
    const route = routeOf(HandlingEvent.SupervisionPublished);
    const event = route?.payload.parse({ reportId, year: 2027, title: '2027年度督查通报', namedOrgUnitIds: [lead, other] });
    expect(route?.recipients(event)).toEqual({
      orgUnitRoles: [
        { orgUnitId: lead, roles: ['department'] },
        { orgUnitId: other, roles: ['department'] },
      ],
      roles: ['office', 'ufwd'],
    });
    expect(route?.category).toBe('supervision');
    expect(text('supervision.published', 'zh-CN', route?.values(event, 'zh-CN', zone))).toBe('督查通报“2027年度督查通报”已发布，通报单位2个，请登录平台查看。');
    expect(route?.link(event)).toEqual({ resource: 'handling-reports', id: '2027' });
  });
});

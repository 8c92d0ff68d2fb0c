import { HandlingDeadline, TEMPLATE_DEFAULTS, WrittenEvent } from '@xieshang/contracts';
import { fillTemplate } from '../notices/notice-text.rules';
import { routeOf } from './notice-routes';

const [caseId, lead, office, branch] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
const fired = (recipients: unknown[], payload: object) => ({
  deadlineId: '55555555-5555-4555-8555-555555555555',
  kind: 'case-overdue',
  reference: `case/${caseId}`,
  dueAt: '2027-06-01T16:00:00.000Z',
  firedAt: '2027-06-01T16:00:05.000Z',
  recipients,
  payload,
});
const casePayload = { caseId, number: 12, title: '关于加强养老服务的建议', leadOrgUnitId: lead, dueAt: '2027-06-01T16:00:00.000Z' };

describe('the rows of interviews, written consultation and handling', () => {
  it('escalates an overdue case to the lead department, the addressed units and UFWD by role', () => {
    const route = routeOf(HandlingDeadline.Overdue);
    const event = route?.payload.parse(fired([{ orgUnitId: office }, { orgUnitId: lead }], casePayload));
    expect(route?.recipients(event)).toEqual({ orgUnitIds: [lead, office], roles: ['ufwd'] });
    expect(fillTemplate(TEMPLATE_DEFAULTS['case.overdue']?.en ?? '', route?.values(event, 'en', 'Asia/Shanghai') ?? {})).toBe(
      'The handling of "关于加强养老服务的建议" is past its due date (2 June 2027); the lead department is asked to report without delay.',
    );
  });

  it('reminds the lead department alone before a case is due', () => {
    const route = routeOf(HandlingDeadline.Reminder);
    const event = route?.payload.parse(fired([{ orgUnitId: lead }], casePayload));
    expect(route?.recipients(event)).toEqual({ orgUnitIds: [lead] });
    expect(fillTemplate(TEMPLATE_DEFAULTS['case.reminder']?.['zh-CN'] ?? '', route?.values(event, 'zh-CN', 'Asia/Shanghai') ?? {})).toBe(
      '协商意见“关于加强养老服务的建议”（第12号）将于2027年6月2日到期，请按时报送办理情况。',
    );
  });

  it('refuses a deadline whose payload is not the producer’s', () => {
    expect(() => routeOf(HandlingDeadline.Overdue)?.payload.parse(fired([lead], casePayload))).toThrow();
  });

  it('asks the branches a solicitation addresses, by its deadline in district time', () => {
    const route = routeOf(WrittenEvent.SolicitationSent);
    const event = route?.payload.parse({ solicitationId: caseId, title: '城市更新', recipientOrgUnitIds: [branch], replyDeadline: '2027-03-10T09:00:00.000Z' });
    expect(route?.recipients(event)).toEqual({ orgUnitIds: [branch] });
    expect(route?.values(event, 'zh-CN', 'Asia/Shanghai')).toEqual({ title: '城市更新', deadline: '2027年3月10日 17:00' });
  });

  it('tells the office and UFWD people of the unit whose person sent the solicitation that a branch replied', () => {
    const route = routeOf(WrittenEvent.ReplySubmitted);
    const reply = { replyId: lead, solicitationId: caseId, title: '城市更新条例', orgUnitId: branch, orgUnitName: '民盟', supplement: false, late: false, solicitedByPersonId: office };
    const event = route?.payload.parse(reply);
    expect(route?.recipients(event)).toEqual({ rolesInUnitsOf: { personIds: [office], roles: ['office', 'ufwd'] } });
    expect(fillTemplate(TEMPLATE_DEFAULTS['written.reply-submitted']?.['zh-CN'] ?? '', route?.values(event, 'zh-CN', 'Asia/Shanghai') ?? {})).toBe(
      '民盟已报送对书面协商“城市更新条例”的意见，请登录平台查看。',
    );
    const late = route?.payload.parse({ ...reply, supplement: true, late: true, solicitedByPersonId: null });
    expect(route?.recipients(late)).toEqual({ roles: ['ufwd'] });
    expect(fillTemplate(TEMPLATE_DEFAULTS['written.reply-submitted']?.en ?? '', route?.values(late, 'en', 'Asia/Shanghai') ?? {})).toBe(
      '民盟 has submitted its supplementary reply on "城市更新条例" (after the deadline). Please sign in to read it.',
    );
    expect(route?.link(event)).toEqual({ resource: 'solicitations', id: caseId });
  });
});

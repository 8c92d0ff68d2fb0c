import { describe, expect, it } from 'vitest';
import { badgeCount, noticeBody, noticeKindChoices, noticeRowStyle, recordPath } from './notice-display.rules.js';

describe('noticeBody', () => {
  const notice = { bodyZh: '2027年度政党协商计划已发布', bodyEn: 'The 2027 plan has been published' };

  it('shows the English body in English and the Chinese one otherwise', () => {
    expect(noticeBody(notice, 'en')).toBe(notice.bodyEn);
    expect(noticeBody(notice, 'en-GB')).toBe(notice.bodyEn);
    expect(noticeBody(notice, 'zh-CN')).toBe(notice.bodyZh);
  });
});

describe('noticeRowStyle', () => {
  it('sets unread notices in bold and read ones plain', () => {
    expect(noticeRowStyle({ read: false }).fontWeight).toBe(700);
    expect(noticeRowStyle({ read: true }).fontWeight).toBe(400);
  });
});

describe('badgeCount', () => {
  it('hides the badge when nothing is unread and caps it at 99+', () => {
    expect([undefined, 0, 1, 99, 100].map(badgeCount)).toEqual([null, null, '1', '99', '99+']);
  });
});

describe('noticeKindChoices', () => {
  it('offers every kind of notice under its translated name', () => {
    expect(noticeKindChoices.map((choice) => choice.name)).toEqual([
      'resources.notices.kinds.plan.solicited',
      'resources.notices.kinds.plan.published',
      'resources.notices.kinds.plan.revised',
      'resources.notices.kinds.suggestion.decided',
      'resources.notices.kinds.meeting.noticed',
      'resources.notices.kinds.meeting.documents-available',
      'resources.notices.kinds.meeting.rescheduled',
      'resources.notices.kinds.meeting.cancelled',
      'resources.notices.kinds.meeting.reminder',
      'resources.notices.kinds.meeting.notice-due',
      'resources.notices.kinds.meeting.documents-due',
      'resources.notices.kinds.interview.requested',
      'resources.notices.kinds.interview.scheduled',
      'resources.notices.kinds.interview.declined',
      'resources.notices.kinds.written.solicited',
      'resources.notices.kinds.written.material-sent',
      'resources.notices.kinds.written.reply-reminder',
      'resources.notices.kinds.written.reply-due',
      'resources.notices.kinds.written.reply-submitted',
      'resources.notices.kinds.case.assigned',
      'resources.notices.kinds.case.returned',
      'resources.notices.kinds.case.fed-back',
      'resources.notices.kinds.case.reminder',
      'resources.notices.kinds.case.overdue',
      'resources.notices.kinds.supervision.published',
    ]);
  });
});

describe('recordPath', () => {
  const show = (link: { resource: string; id: string }) => `/${link.resource}/${link.id}/show`;

  it('opens a record on its own page, and a supervision report on the handling reports of its year', () => {
    expect(recordPath({ resource: 'cases', id: 'c1' }, show)).toBe('/cases/c1/show');
    expect(recordPath({ resource: 'handling-reports', id: '2027' }, show)).toBe('/handling-reports?year=2027');
  });
});

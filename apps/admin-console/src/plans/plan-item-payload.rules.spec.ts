import { describe, expect, it } from 'vitest';
import { planItemFormErrors, planItemPayload } from './plan-item-payload.rules.js';

const meeting = {
  topic: ' 优化营商环境 ',
  form: 'meeting' as const,
  meetingType: 'thematic',
  plannedMonth: '3',
  plannedDate: '',
  participantOrgUnitIds: ['u1'],
  leadOrgUnitId: '',
  contentCategory: 'reform_development_livelihood',
};

describe('planItemPayload', () => {
  it('sends a month as a number, empty inputs as null and no reason when none was given', () => {
    expect(planItemPayload(meeting)).toEqual({
      topic: '优化营商环境',
      form: 'meeting',
      meetingType: 'thematic',
      plannedMonth: 3,
      plannedDate: null,
      participantOrgUnitIds: ['u1'],
      leadOrgUnitId: null,
      contentCategory: 'reform_development_livelihood',
    });
  });

  it('drops the meeting type of an item that is not a meeting', () => {
    expect(planItemPayload({ ...meeting, form: 'written' }).meetingType).toBeNull();
  });

  it('keeps the revision reason and the version read when given', () => {
    const payload = planItemPayload({ ...meeting, reason: ' 会期调整 ', belowMinimumReason: ' 换届顺延 ', version: 4 });
    expect(payload).toMatchObject({ reason: '会期调整', belowMinimumReason: '换届顺延', version: 4 });
  });
});

describe('planItemFormErrors', () => {
  it('accepts a meeting with its type and a month', () => {
    expect(planItemFormErrors(meeting)).toEqual({});
  });

  it('asks a meeting for its type, and for a month or a day but not both', () => {
    expect(planItemFormErrors({ ...meeting, meetingType: null })).toHaveProperty('meetingType');
    expect(planItemFormErrors({ ...meeting, plannedMonth: null })).toHaveProperty('plannedMonth');
    expect(planItemFormErrors({ ...meeting, plannedDate: '2027-05-01' })).toHaveProperty('plannedDate');
  });

  it('refuses a day outside the plan’s year', () => {
    const dated = { ...meeting, plannedMonth: null, plannedDate: '2028-01-10' };
    expect(planItemFormErrors(dated, { year: 2027 })).toEqual({ plannedDate: 'resources.plan-items.validation.date_in_year' });
    expect(planItemFormErrors({ ...dated, plannedDate: '2027-01-10' }, { year: 2027 })).toEqual({});
  });

  it('requires the reason of a change to a published plan', () => {
    expect(planItemFormErrors(meeting, { reasonRequired: true })).toHaveProperty('reason');
    expect(planItemFormErrors({ ...meeting, reason: '区委临时部署' }, { reasonRequired: true })).toEqual({});
  });
});

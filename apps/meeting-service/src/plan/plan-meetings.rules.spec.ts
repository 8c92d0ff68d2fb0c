import type { PlannedMeeting } from '@xieshang/contracts';
import { moveToDay, reconcilePlannedMeeting } from './plan-meetings.rules.js';

const item = (overrides: Partial<PlannedMeeting> = {}): PlannedMeeting => ({
  itemId: '00000000-0000-4000-8000-000000000001',
  topic: '专题协商',
  meetingType: 'thematic',
  plannedDate: '2027-06-15',
  plannedMonth: null,
  leadOrgUnitId: null,
  participantOrgUnitIds: [],
  cancelled: false,
  ...overrides,
});

describe('a plan item and its meeting', () => {
  it('makes a planned meeting of a new item, and nothing of a cancelled one', () => {
    expect(reconcilePlannedMeeting(item(), null)).toEqual({ kind: 'create' });
    expect(reconcilePlannedMeeting(item({ cancelled: true }), null)).toEqual({ kind: 'none' });
  });

  it('moves or cancels a meeting still planned', () => {
    const planned = { status: 'planned' as const, plannedDate: '2027-06-15', plannedMonth: null };
    expect(reconcilePlannedMeeting(item({ plannedDate: '2027-06-20' }), planned)).toEqual({ kind: 'update' });
    expect(reconcilePlannedMeeting(item({ cancelled: true }), planned)).toEqual({ kind: 'cancel' });
  });

  it('tells the organiser instead of moving a meeting already noticed', () => {
    const noticed = { status: 'noticed' as const, plannedDate: '2027-06-15', plannedMonth: null };
    expect(reconcilePlannedMeeting(item({ plannedDate: '2027-06-20' }), noticed)).toEqual({ kind: 'tell-organiser' });
    expect(reconcilePlannedMeeting(item({ cancelled: true }), { ...noticed, status: 'documents_ready' })).toEqual({ kind: 'tell-organiser' });
    expect(reconcilePlannedMeeting(item(), noticed)).toEqual({ kind: 'none' });
  });

  it('leaves a meeting held or cancelled as it was', () => {
    for (const status of ['held', 'closed', 'cancelled'] as const) {
      expect(reconcilePlannedMeeting(item({ cancelled: true }), { status, plannedDate: '2027-06-15', plannedMonth: null })).toEqual({ kind: 'none' });
    }
  });

  it('keeps the time of day when the planned day moves', () => {
    expect(moveToDay(new Date('2027-06-15T01:30:00Z'), '2027-06-15', '2027-06-22')?.toISOString()).toBe('2027-06-22T01:30:00.000Z');
    expect(moveToDay(null, '2027-06-15', '2027-06-22')).toBeNull();
    expect(moveToDay(new Date('2027-06-15T01:30:00Z'), null, '2027-06-22')?.toISOString()).toBe('2027-06-15T01:30:00.000Z');
  });
});

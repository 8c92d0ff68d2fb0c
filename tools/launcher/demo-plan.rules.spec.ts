import { chinaDay, demoMeetingStart, demoPlanItems, demoPlanYear, HELD_TOPIC } from './demo-plan.rules.mjs';

describe('the demo plan', () => {
  it('takes the day and the year in China, where the district lives', () => {
    expect(chinaDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(demoPlanYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('meets the default yearly minimums with its own meetings: thematic 3, research 1, briefing 3', () => {
    const meetings = demoPlanItems('2026-12-03').filter((item) => item.form === 'meeting');
    const count = (type: string) => meetings.filter((item) => item.meetingType === type).length;
    expect([count('thematic'), count('research'), count('briefing')]).toEqual([3, 1, 3]);
  });

  it('plans the meeting held at once for today, and gives every other item a month', () => {
    const items = demoPlanItems('2026-12-03');
    expect(items.find((item) => item.topic === HELD_TOPIC)).toMatchObject({ form: 'meeting', plannedDate: '2026-12-03' });
    expect(items.filter((item) => item.topic !== HELD_TOPIC).every((item) => item.plannedDate === undefined && item.plannedMonth! >= 1 && item.plannedMonth! <= 12)).toBe(true);
    expect(new Set(items.map((item) => item.topic)).size).toBe(items.length);
  });

  it('sets the meeting on a whole minute still to come, at least a minute away', () => {
    for (const now of [new Date('2026-12-03T05:49:04.250Z'), new Date('2026-12-03T05:49:00.000Z')]) {
      const start = demoMeetingStart(now);
      expect(start.getTime() % 60_000).toBe(0);
      expect(start.getTime() - now.getTime()).toBeGreaterThanOrEqual(60_000);
      expect(start.getTime() - now.getTime()).toBeLessThan(120_000);
    }
  });
});

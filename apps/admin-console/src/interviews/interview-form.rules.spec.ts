import { describe, expect, it } from 'vitest';
import { invitePayload, recordPayload } from './interview-form.rules.js';

const BAZHOU = 'Asia/Shanghai';

describe('interview forms', () => {
  it('send only what was filled in', () => {
    expect(invitePayload({ partyOrgUnitId: 'p', subject: ' 议题 ', information: '材料', leaderPersonId: '', startsAt: '', place: ' ' }, BAZHOU)).toEqual({
      partyOrgUnitId: 'p',
      subject: '议题',
      information: '材料',
    });
    expect(invitePayload({ partyOrgUnitId: 'p', subject: 's', information: 'i', startsAt: '2027-03-15T09:30', place: '会议室', durationMinutes: 90 }, BAZHOU)).toMatchObject({
      startsAt: '2027-03-15T01:30:00.000Z',
      place: '会议室',
      durationMinutes: 90,
    });
  });

  it('leave out opinion rows without a text or a speaker', () => {
    expect(recordPayload(' 纪要 ', [{ text: '意见', raisedByName: '何主委' }, { text: ' ', raisedByName: '某' }, { text: '无名', raisedByName: '' }])).toEqual({
      summary: '纪要',
      opinions: [{ text: '意见', raisedByName: '何主委' }],
    });
  });
});

import { invitedParty, isOrganiser, mayReadMeeting, maySeeConfidential, type MeetingParties, type Viewer } from './meeting-access.rules.js';

const LEAD = '00000000-0000-4000-8000-000000000001';
const MINMENG = '00000000-0000-4000-8000-000000000002';
const JIUSAN = '00000000-0000-4000-8000-000000000003';
const INVITED_PERSON = '00000000-0000-4000-8000-000000000004';

const personnel: MeetingParties = { type: 'personnel', leadOrgUnitId: LEAD, organiserOrgUnitId: null, invitedOrgUnitIds: [MINMENG], invitedPersonIds: [INVITED_PERSON] };
const thematic: MeetingParties = { ...personnel, type: 'thematic' };
const viewer = (orgUnitId: string | null, roles: Viewer['roles'], personId: string | null = null): Viewer => ({ personId, orgUnitId, roles });

describe('who sees a meeting', () => {
  it('shows it to organisers, invitees, the leader and supervisor, and no other party', () => {
    expect(mayReadMeeting(viewer(null, ['office']), personnel)).toBe(true);
    expect(mayReadMeeting(viewer(MINMENG, ['party-member']), personnel)).toBe(true);
    expect(mayReadMeeting(viewer(null, ['department'], INVITED_PERSON), personnel)).toBe(true);
    expect(mayReadMeeting(viewer(null, ['leader']), personnel)).toBe(true);
    expect(mayReadMeeting(viewer(JIUSAN, ['party-member']), personnel)).toBe(false);
    expect(mayReadMeeting(viewer(JIUSAN, ['party-leader']), thematic)).toBe(false);
  });

  it('shows a city observer every meeting but a personnel consultation', () => {
    expect(mayReadMeeting(viewer(null, ['city-observer']), thematic)).toBe(true);
    expect(mayReadMeeting(viewer(null, ['city-observer']), personnel)).toBe(false);
  });

  it('keeps nominees and minutes of a personnel consultation to its invitees and organisers', () => {
    expect(maySeeConfidential(viewer(null, ['leader']), personnel)).toBe(false);
    expect(maySeeConfidential(viewer(null, ['supervisor']), personnel)).toBe(false);
    expect(maySeeConfidential(viewer(MINMENG, ['party-member']), personnel)).toBe(true);
    expect(maySeeConfidential(viewer(LEAD, ['department']), personnel)).toBe(true);
    expect(maySeeConfidential(viewer(null, ['leader']), thematic)).toBe(true);
  });

  it('lets a party speak only for itself, and only when invited', () => {
    expect(invitedParty(viewer(MINMENG, ['party-member']), thematic)).toBe(MINMENG);
    expect(invitedParty(viewer(JIUSAN, ['party-member']), thematic)).toBeNull();
    expect(invitedParty(viewer(MINMENG, ['office']), thematic)).toBeNull();
    expect(isOrganiser(viewer(LEAD, ['department']), thematic)).toBe(true);
  });
});

import { isRecipient, maySeeMaterial, senderRolesFor } from './material-access.rules.js';

describe('who sees a material', () => {
  const report = { kind: 'statistics' as const, senderId: 'p-fagai', senderOrgUnitId: 'fagai', recipientOrgUnitIds: ['minmeng'] };
  const invitation = { ...report, kind: 'inspection_invitation' as const, senderId: 'p-leader', senderOrgUnitId: 'committee' };

  it('shows it to the sender’s unit and the addressed branch, to nobody else', () => {
    expect(maySeeMaterial({ roles: ['department'], orgUnitId: 'fagai', personId: 'p-other' }, report)).toBe(true);
    expect(maySeeMaterial({ roles: ['party-member'], orgUnitId: 'minmeng', personId: 'p-m' }, report)).toBe(true);
    expect(maySeeMaterial({ roles: ['party-member'], orgUnitId: 'jiusan', personId: 'p-j' }, report)).toBe(false);
    expect(maySeeMaterial({ roles: ['office'], orgUnitId: 'office', personId: 'p-o' }, report)).toBe(false);
  });

  it('addresses an invitation to the branch’s leader, not its members', () => {
    expect(isRecipient({ roles: ['party-member'], orgUnitId: 'minmeng' }, invitation)).toBe(false);
    expect(isRecipient({ roles: ['party-member', 'party-leader'], orgUnitId: 'minmeng' }, invitation)).toBe(true);
  });

  it('lets leaders invite and departments send materials', () => {
    expect(senderRolesFor('meeting_invitation')).toContain('leader');
    expect(senderRolesFor('meeting_invitation')).not.toContain('department');
    expect(senderRolesFor('report')).toContain('department');
  });
});

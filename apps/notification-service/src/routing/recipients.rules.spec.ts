import { distinctRecipients, isEmptyQuery, peopleQueryOf, rolesInUnitsOf } from './recipients.rules';

const unit = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const person = '33333333-3333-4333-8333-333333333333';

describe('recipients of a routing row', () => {
  it('asks for the audience and the roles told besides, each once', () => {
    const query = peopleQueryOf({ orgUnitIds: [unit, unit], personIds: [person], roles: ['office', 'office'], orgUnitRoles: [{ orgUnitId: other, roles: ['party-leader'] }] });
    expect(query).toEqual({
      orgUnitIds: [unit],
      personIds: [person],
      roles: ['office'],
      orgUnitRoles: [{ orgUnitId: other, role: 'party-leader' }],
      rolesInUnitsOf: { personIds: [], roles: [] },
    });
  });

  it('asks for the roles in the units of the people named, once those units are known', () => {
    const query = peopleQueryOf({ rolesInUnitsOf: { personIds: [person, person], roles: ['office', 'ufwd'] } });
    expect(query.rolesInUnitsOf).toEqual({ personIds: [person], roles: ['office', 'ufwd'] });
    expect(isEmptyQuery(query)).toBe(false);
    const found = [
      { orgUnitId: unit },
      { orgUnitId: unit },
      { orgUnitId: null },
    ];
    expect(rolesInUnitsOf(found, ['office', 'ufwd'])).toEqual([
      { orgUnitId: unit, role: 'office' },
      { orgUnitId: unit, role: 'ufwd' },
    ]);
  });

  it('keeps a confidential record to its own audience', () => {
    const query = peopleQueryOf({
      orgUnitIds: [unit],
      personIds: [person],
      roles: ['office'],
      orgUnitRoles: [{ orgUnitId: other, roles: ['party-leader'] }],
      rolesInUnitsOf: { personIds: [person], roles: ['office'] },
      confidential: true,
    });
    expect(query).toEqual({ orgUnitIds: [unit], personIds: [person], roles: [], orgUnitRoles: [], rolesInUnitsOf: { personIds: [], roles: [] } });
  });

  it('knows when nobody is to be told', () => {
    expect(isEmptyQuery(peopleQueryOf({ roles: ['office'], confidential: true }))).toBe(true);
    expect(isEmptyQuery(peopleQueryOf({ personIds: [person] }))).toBe(false);
    expect(isEmptyQuery(peopleQueryOf({ rolesInUnitsOf: { personIds: [person], roles: [] } }))).toBe(true);
  });

  it('tells each enabled person once', () => {
    const found = [
      { id: person, username: 'a', displayName: 'A', orgUnitId: unit, enabled: true },
      { id: person, username: 'a', displayName: 'A', orgUnitId: unit, enabled: true },
      { id: other, username: 'b', displayName: 'B', orgUnitId: unit, enabled: false },
    ];
    expect(distinctRecipients(found).map((recipient) => recipient.id)).toEqual([person]);
  });
});

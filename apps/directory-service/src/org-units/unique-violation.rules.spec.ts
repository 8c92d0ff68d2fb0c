import { brokenUniqueConstraint } from './unique-violation.rules.js';

describe('reading a unique violation', () => {
  it("reads the constraint from TypeORM's driverError", () => {
    expect(brokenUniqueConstraint({ driverError: { code: '23505', constraint: 'people_username_key' } })).toBe('people_username_key');
  });

  it("reads the constraint from the driver's own error", () => {
    expect(brokenUniqueConstraint({ code: '23505', constraint: 'people_username_key' })).toBe('people_username_key');
  });

  it('answers nothing for other errors', () => {
    expect(brokenUniqueConstraint({ code: '23503', constraint: 'people_org_unit_id_fkey' })).toBeUndefined();
    expect(brokenUniqueConstraint(new Error('boom'))).toBeUndefined();
    expect(brokenUniqueConstraint(null)).toBeUndefined();
    expect(brokenUniqueConstraint('23505')).toBeUndefined();
  });
});

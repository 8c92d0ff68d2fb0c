import { databaseInputError } from './database-error.rules.js';

class QueryFailedError extends Error {
  constructor(readonly code: string) {
    super('insert into "directory"."people" … $1');
  }
}

describe('databaseInputError', () => {
  it('answers a value the column cannot hold as invalid input, without the query', () => {
    const mapped = databaseInputError(new QueryFailedError('22021'));
    expect(mapped?.code).toBe('VALIDATION.INVALID_INPUT');
    expect(JSON.stringify(mapped?.toWire())).not.toContain('insert');
  });

  it('answers integer overflow and a date out of range the same way', () => {
    expect(databaseInputError({ code: '22003', severity: 'ERROR' })?.code).toBe('VALIDATION.INVALID_INPUT');
    expect(databaseInputError({ code: '22008', severity: 'ERROR' })?.code).toBe('VALIDATION.INVALID_INPUT');
  });

  it('answers a duplicate as a conflict and a broken reference as a rule', () => {
    expect(databaseInputError(new QueryFailedError('23505'))?.code).toBe('COMMON.ALREADY_EXISTS');
    expect(databaseInputError(new QueryFailedError('23503'))?.code).toBe('VALIDATION.CONSTRAINT_VIOLATED');
  });

  it('leaves real faults alone: a lost connection, a missing table, anything not from the database', () => {
    expect(databaseInputError({ code: '08006', severity: 'FATAL' })).toBeUndefined();
    expect(databaseInputError(new QueryFailedError('42P01'))).toBeUndefined();
    expect(databaseInputError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });
});

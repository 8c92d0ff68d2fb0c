import { WireHeader } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { systemCaller, type Caller } from '@xieshang/platform-tenancy';
import { callerFromHeaders, headersFromCaller, type HeaderReader } from './wire-headers.js';

const reader = (values: Record<string, string>): HeaderReader => ({ get: (name) => values[name] ?? '' });

const caller: Caller = {
  tenantId: 'bazhou',
  personId: 'p-1',
  username: 'wang.fang',
  displayName: '王芳 (UFWD)',
  orgUnitId: '6f1c2f5e-7d0b-4f55-9d8e-2b8c3e7a9a10',
  roles: ['ufwd', 'office'],
  tenantSwitched: true,
  correlationId: 'c-1',
  causationId: 'e-1',
};

describe('wire headers', () => {
  it('carries every part of the caller and reads it back unchanged, a Chinese name included', () => {
    const headers = headersFromCaller(caller);
    expect(Object.values(headers).every((value) => /^[\x20-\x7e]*$/.test(value))).toBe(true);
    expect(callerFromHeaders(reader(headers))).toEqual(caller);
  });

  it('drops role names it does not know', () => {
    expect(callerFromHeaders(reader({ [WireHeader.Roles]: 'office, made-up-role,leader' })).roles).toEqual(['office', 'leader']);
  });

  it('accepts a system call without tenant and gives it a fresh correlation id', () => {
    const read = callerFromHeaders(undefined);
    expect(read).toMatchObject({ tenantId: null, personId: null, orgUnitId: null, roles: [], tenantSwitched: false });
    expect(read.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a malformed tenant code instead of dropping it', () => {
    expect(() => callerFromHeaders(reader({ [WireHeader.TenantId]: "x'; drop table" }))).toThrow(AppException);
  });

  it('refuses a display name that is not percent-encoded', () => {
    expect(() => callerFromHeaders(reader({ [WireHeader.DisplayName]: '%E7%8E' }))).toThrow(AppException);
  });

  it('writes only the parts of the caller that are set', () => {
    expect(headersFromCaller({ ...systemCaller('c-2', 'bazhou'), roles: ['office', 'ufwd'] })).toEqual({
      [WireHeader.TenantId]: 'bazhou',
      [WireHeader.Roles]: 'office,ufwd',
      [WireHeader.CorrelationId]: 'c-2',
    });
  });

  it('carries a keyed write’s key and request hash both ways', () => {
    const caller: Caller = { ...systemCaller('c-3', 'bazhou'), idempotency: { key: 'k-1', requestHash: 'f'.repeat(64) } };
    expect(callerFromHeaders(reader(headersFromCaller(caller))).idempotency).toEqual({ key: 'k-1', requestHash: 'f'.repeat(64) });
    expect(callerFromHeaders(reader(headersFromCaller(systemCaller('c-4', 'bazhou')))).idempotency).toBeUndefined();
  });

  it('refuses a key without its hash, or a hash that is not SHA-256', () => {
    expect(() => callerFromHeaders(reader({ [WireHeader.IdempotencyKey]: 'k-1' }))).toThrow(AppException);
    expect(() => callerFromHeaders(reader({ [WireHeader.IdempotencyKey]: 'k-1', [WireHeader.RequestHash]: 'abc' }))).toThrow(AppException);
  });
});

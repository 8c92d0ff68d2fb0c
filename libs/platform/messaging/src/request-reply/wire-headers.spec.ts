import { WireHeader } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { contextFromHeaders, headersFromContext, type HeaderReader } from './wire-headers.js';

const reader = (values: Record<string, string>): HeaderReader => ({ get: (name) => values[name] ?? '' });

describe('wire headers', () => {
  it('reads tenant, user, known roles and correlation id from the headers', () => {
    const context = contextFromHeaders(
      reader({
        [WireHeader.TenantId]: 'bazhou',
        [WireHeader.UserId]: 'u-1',
        [WireHeader.Roles]: 'office, made-up-role,leader',
        [WireHeader.CorrelationId]: 'c-1',
      }),
    );
    expect(context).toEqual({ tenantId: 'bazhou', userId: 'u-1', roles: ['office', 'leader'], correlationId: 'c-1' });
  });

  it('accepts a system call without tenant and gives it a fresh correlation id', () => {
    const context = contextFromHeaders(undefined);
    expect(context.tenantId).toBeNull();
    expect(context.roles).toEqual([]);
    expect(context.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a malformed tenant code instead of dropping it', () => {
    expect(() => contextFromHeaders(reader({ [WireHeader.TenantId]: "x'; drop table" }))).toThrow(AppException);
  });

  it('writes only the parts of the context that are set', () => {
    expect(headersFromContext({ tenantId: 'bazhou', userId: null, roles: ['office', 'ufwd'], correlationId: 'c-2' })).toEqual({
      [WireHeader.TenantId]: 'bazhou',
      [WireHeader.Roles]: 'office,ufwd',
      [WireHeader.CorrelationId]: 'c-2',
    });
  });
});

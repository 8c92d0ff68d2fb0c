import { bearerToken } from './bearer.rules.js';

describe('bearer token header', () => {
  it('reads the token of a Bearer header, whatever the scheme case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc.def-_~+/=')).toBe('abc.def-_~+/=');
  });

  it('finds nothing in a missing, repeated, empty or other-scheme header', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken(['Bearer a', 'Bearer b'])).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken('Basic dXNlcjpwdw==')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
  });
});

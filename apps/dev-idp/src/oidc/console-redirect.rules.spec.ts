import { isUnderOrigins } from './console-redirect.rules.js';

const origins = ['http://localhost:4200', 'https://console.example.org'];

describe('console redirect URIs', () => {
  it('accepts any page under an allowed origin, as Keycloak accepts http://localhost:4200/*', () => {
    expect(isUnderOrigins('http://localhost:4200/', origins)).toBe(true);
    expect(isUnderOrigins('http://localhost:4200/#/plans/3/show', origins)).toBe(true);
    expect(isUnderOrigins('https://console.example.org/auth-callback?x=1', origins)).toBe(true);
  });

  it('refuses another port, scheme or host', () => {
    expect(isUnderOrigins('http://localhost:4201/', origins)).toBe(false);
    expect(isUnderOrigins('http://console.example.org/', origins)).toBe(false);
    expect(isUnderOrigins('http://localhost:4200.evil.example/', origins)).toBe(false);
  });

  it('refuses URIs carrying credentials and non-http schemes', () => {
    expect(isUnderOrigins('http://user:pw@localhost:4200/', origins)).toBe(false);
    expect(isUnderOrigins('javascript:alert(1)', origins)).toBe(false);
    expect(isUnderOrigins('not a url', origins)).toBe(false);
  });
});

import { containsPattern } from './like-pattern.rules.js';

describe('a search text as a LIKE pattern', () => {
  it('wraps plain text to match anywhere', () => {
    expect(containsPattern('协商')).toBe('%协商%');
  });

  it('escapes the wildcards and the escape character so they match themselves', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});

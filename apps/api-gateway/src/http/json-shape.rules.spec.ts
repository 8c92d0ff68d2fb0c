import { firstUnstorableText, jsonDepth } from './json-shape.rules.js';

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('"x"')).toBe(0);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth('{"a":"[[[\\"[[["}')).toBe(1);
  });

  it('measures a 5,000-deep body without recursion', () => {
    expect(jsonDepth('['.repeat(5000) + ']'.repeat(5000))).toBe(5000);
  });
});

describe('firstUnstorableText', () => {
  it('names the field holding a NUL or a lone surrogate', () => {
    expect(firstUnstorableText({ title: 'ok', items: [{ topic: 'a\u0000b' }] })).toBe('items.0.topic');
    expect(firstUnstorableText({ name: '\ud800' })).toBe('name');
  });

  it('refuses an unstorable key, and accepts well-formed text with astral characters', () => {
    expect(firstUnstorableText({ 'a\u0000': 1 })).toBe('(body)');
    expect(firstUnstorableText({ title: '计划 😀', n: 1, list: [null, true] })).toBeUndefined();
  });
});

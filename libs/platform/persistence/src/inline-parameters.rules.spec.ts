import { inlineParameters, sqlLiteral } from './inline-parameters.rules.js';

describe('inlining the parameters of a one-round-trip read', () => {
  it('quotes strings so that a quote or a backslash in them stays data', () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral('a\\b')).toBe(" E'a\\\\b'");
    expect(inlineParameters('select 1 where name = $1', ["x'; drop table t; --"])).toBe("select 1 where name = 'x''; drop table t; --'");
  });

  it('never lets a negative number turn the rest of the statement into a comment', () => {
    expect(inlineParameters('select 5 -$1', [-3])).toBe('select 5 -(-3)');
  });

  it('writes numbers, booleans, null and instants as PostgreSQL reads them', () => {
    expect(inlineParameters('limit $1 offset $2', [25, 0])).toBe('limit 25 offset 0');
    expect(sqlLiteral(true)).toBe('true');
    expect(sqlLiteral(null)).toBe('null');
    expect(sqlLiteral(new Date('2027-03-15T01:30:00Z'))).toBe("'2027-03-15T01:30:00.000Z'");
  });

  it('writes an array in its text form with every element quoted', () => {
    expect(sqlLiteral(['a"b', 'c\\d', 'e,f'])).toBe(` E'{"a\\\\"b","c\\\\\\\\d","e,f"}'`);
  });

  it('replaces $10 as the tenth parameter, not the first followed by 0', () => {
    const parameters = Array.from({ length: 10 }, (_, index) => index + 1);
    expect(inlineParameters('$1 $10', parameters)).toBe('1 10');
  });

  it('refuses a placeholder without its parameter and a value it cannot write', () => {
    expect(() => inlineParameters('select $2', [1])).toThrow(RangeError);
    expect(() => sqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(() => sqlLiteral({} as never)).toThrow(TypeError);
  });
});

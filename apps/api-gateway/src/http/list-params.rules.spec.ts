import { contentRange, parseListParams } from './list-params.rules.js';

describe('react-admin list parameters', () => {
  it('reads filter, range and sort', () => {
    expect(parseListParams({ filter: '{"kind":"department"}', range: '[0,9]', sort: '["name","DESC"]' })).toEqual({
      filter: { kind: 'department' },
      range: [0, 9],
      sort: ['name', 'DESC'],
    });
  });

  it('defaults to the first 25 rows and no filter', () => {
    expect(parseListParams({})).toEqual({ filter: {}, range: [0, 24] });
  });

  it('names every malformed parameter', () => {
    expect(() => parseListParams({ filter: '{', range: '[5,1]', sort: '["name","UP"]' })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION.INVALID_INPUT',
        details: {
          fields: [
            { path: 'filter', message: 'is not valid JSON' },
            { path: 'range', message: 'must be [from, to] with 0 <= from <= to' },
            { path: 'sort', message: 'must be [field, "ASC" | "DESC"]' },
          ],
        },
      }),
    );
  });

  it('refuses a parameter given twice', () => {
    expect(() => parseListParams({ range: ['[0,1]', '[0,2]'] })).toThrow(expect.objectContaining({ code: 'VALIDATION.INVALID_INPUT' }));
  });
});

describe('Content-Range', () => {
  it('counts the rows of the page and the total', () => {
    expect(contentRange('org-units', 0, 21, 21)).toBe('org-units 0-20/21');
    expect(contentRange('org-units', 25, 0, 21)).toBe('org-units */21');
  });
});

import { withPathId } from './path-id.rules.js';

describe('the payload of a write to one record', () => {
  it('keeps the body and adds the id from the path', () => {
    expect(withPathId('a1', { name: '民盟', version: 2 })).toEqual({ name: '民盟', version: 2, id: 'a1' });
  });

  it('lets the path id win over an id sent in the body', () => {
    expect(withPathId('from-path', { id: 'from-body', name: 'x' })).toEqual({ id: 'from-path', name: 'x' });
  });

  it('ignores a body that is not an object', () => {
    expect(withPathId('a1', 'text')).toEqual({ id: 'a1' });
    expect(withPathId('a1', ['x'])).toEqual({ id: 'a1' });
    expect(withPathId('a1', null)).toEqual({ id: 'a1' });
  });
});

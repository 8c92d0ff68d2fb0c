import { MAX_PAGE_SIZE } from '@xieshang/contracts';
import { assertListWindow } from './list-window.rules.js';

const FIELDS = ['name', 'createdAt'];

describe('the window of a list', () => {
  it('accepts a page within the limit, sorted by an allowed field', () => {
    expect(() => assertListWindow([0, MAX_PAGE_SIZE - 1], 'name', FIELDS)).not.toThrow();
  });

  it('refuses a page longer than the limit, naming range', () => {
    expect(() => assertListWindow([0, MAX_PAGE_SIZE], 'name', FIELDS)).toThrow(expect.objectContaining({ details: { fields: [expect.objectContaining({ path: 'range' })] } }));
  });

  it('refuses a backwards range', () => {
    expect(() => assertListWindow([5, 4], 'name', FIELDS)).toThrow(expect.objectContaining({ code: 'VALIDATION.INVALID_INPUT' }));
  });

  it('refuses a sort field the list does not allow, naming sort', () => {
    expect(() => assertListWindow([0, 9], 'passwordHash', FIELDS)).toThrow(expect.objectContaining({ details: { fields: [expect.objectContaining({ path: 'sort' })] } }));
  });
});

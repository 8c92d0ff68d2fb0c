import { describe, expect, it } from 'vitest';
import { notesOf, notesToSave, shownSections } from './summary-notes.rules.js';

const whole = { sectionKey: null, note: '', opinions: [] };
const first = { sectionKey: '一', note: '意见集中', opinions: [] };
const second = { sectionKey: '二', note: '', opinions: ['民盟'] };

describe('UFWD’s notes on a summary', () => {
  it('reads the notes by section key, the document as a whole under ""', () => {
    expect(notesOf([{ ...whole, note: '总体' }, first, second])).toEqual({ '': '总体', 一: '意见集中', 二: '' });
  });

  it('saves the notes trimmed and leaves out the empty ones', () => {
    expect(notesToSave({ '': '  ', 一: ' 意见集中 ', 二: '' })).toEqual({ 一: '意见集中' });
  });

  it('shows UFWD every section and a reader only those with opinions or a note', () => {
    expect(shownSections([whole, first, second], true)).toEqual([whole, first, second]);
    expect(shownSections([whole, first, second], false)).toEqual([first, second]);
  });
});

import { describe, expect, it } from 'vitest';
import { commentsOf, draftTexts } from './reply-draft.rules.js';

describe('the reply form', () => {
  it('turns the texts per section into comments, leaving out empty sections', () => {
    expect(commentsOf({ '': '总体赞成', 一: ' 加强 ', 二: '  ' })).toEqual([
      { sectionKey: null, text: '总体赞成' },
      { sectionKey: '一', text: '加强' },
    ]);
  });

  it('reads a reply back into the form, one text per section', () => {
    expect(draftTexts([{ sectionKey: '一', text: 'a' }, { sectionKey: '一', text: 'b' }, { sectionKey: null, text: 'c' }])).toEqual({ 一: 'a\n\nb', '': 'c' });
  });
});

import { describe, expect, it } from 'vitest';
import { branchReplies, commentsOf, draftTexts, maySupplement } from './reply-draft.rules.js';

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

describe('a branch’s reply and its supplements', () => {
  const reply = { id: 'r', supplementTo: null, status: 'submitted' as const };
  const earlier = { id: 's1', supplementTo: 'r', status: 'submitted' as const };
  const drafting = { id: 's2', supplementTo: 'r', status: 'awaiting_leader' as const };

  it('tells the reply from its supplements and finds the one still being written', () => {
    expect(branchReplies([earlier, reply, drafting])).toEqual({ first: reply, supplements: [earlier, drafting], pending: drafting });
    expect(branchReplies([])).toEqual({ first: undefined, supplements: [], pending: undefined });
  });

  it('offers a supplement only after the reply is submitted, while the solicitation is out, and one at a time', () => {
    expect(maySupplement('sent', [reply, earlier])).toBe(true);
    expect(maySupplement('sent', [{ ...reply, status: 'awaiting_leader' }])).toBe(false);
    expect(maySupplement('sent', [])).toBe(false);
    expect(maySupplement('closed', [reply])).toBe(false);
    expect(maySupplement('sent', [reply, drafting])).toBe(false);
  });
});

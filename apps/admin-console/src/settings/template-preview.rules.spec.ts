import { describe, expect, it } from 'vitest';
import { templatePreview } from './template-preview.rules.js';

describe('templatePreview', () => {
  it('reads a meeting notice with sample words in its language', () => {
    expect(templatePreview('meeting.noticed', 'zh-CN', '兹定于{date}在{place}召开“{title}”').text).toBe('兹定于2027年3月5日 09:30在区政协会议室召开“关于乡村振兴的专题协商会”');
    expect(templatePreview('meeting.noticed', 'en', '{title} on {date}').text).toBe('Consultation on rural revitalisation on 5 March 2027 09:30');
  });

  it('names a variable the kind does not fill, and the ones it does', () => {
    const preview = templatePreview('meeting.noticed', 'zh-CN', '{title}于{when}');
    expect(preview.unknown).toEqual(['when']);
    expect(preview.known).toEqual(['title', 'date', 'place', 'reason']);
  });
});

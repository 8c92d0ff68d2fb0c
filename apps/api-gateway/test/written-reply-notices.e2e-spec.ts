import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { eventually, passwordToken } from '@xieshang/platform-testing';
import { noticesOf, toldNone, toldOnce } from './notice-inbox.js';
import { as, orgUnits, suffix, type Unit } from './planning-fixtures.js';
import { inSeconds } from './written-fixtures.js';

/**
 * A branch's reply, submitted at its leader's approval, reaches the organisers of the unit that
 * sent the solicitation, once: the party office's people when the office sent it, not UFWD, not the
 * supervisor sitting in the same office, not the branches.
 */
describe('the notice of a submitted written reply', () => {
  const tag = suffix();
  const people: Record<string, ReturnType<typeof as>> = {};
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;

  beforeAll(async () => {
    const names = ['office', 'ufwd', 'supervisor', 'minmeng', 'minmeng-leader', 'jiusan'];
    const tokens = await Promise.all(names.map((name) => passwordToken(name)));
    names.forEach((name, index) => (people[name] = as(tokens[index]!)));
    units = await orgUnits(tokens[0]!);
  });

  it('tells the office that sent the solicitation which branch replied, and a supplement as such', async () => {
    const title = `书面回复通知 ${tag}`;
    const created = await people['office']!('/solicitations', 'POST', {
      title,
      documentVersion: '征求意见稿',
      description: '请提出修改意见',
      sections: [],
      recipientOrgUnitIds: [unit('民盟'), unit('九三学社')],
      replyDeadline: inSeconds(3_600),
    });
    expect(created.status).toBe(201);
    const solicitation = created.body as SolicitationView;
    expect((await people['office']!(`/solicitations/${solicitation.id}/send`, 'POST')).status).toBe(200);
    const drafted = (await people['minmeng']!('/replies', 'POST', { solicitationId: solicitation.id, comments: [{ sectionKey: null, text: `建议增加实施细则 ${tag}` }] })).body as ReplyView;
    expect((await people['minmeng']!(`/replies/${drafted.id}/request-approval`, 'POST')).status).toBe(200);
    // Asked for approval, the reply has not left the branch: nobody is told yet.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await toldNone({ office: people['office']! }, 'written.reply-submitted', title);
    expect((await people['minmeng-leader']!(`/replies/${drafted.id}/submit`, 'POST', { reviewForm: 'chair_office_meeting', reviewedOn: '2026-12-01' })).status).toBe(200);

    const notice = await toldOnce(people['office']!, 'written.reply-submitted', title);
    expect(notice).toMatchObject({ category: 'written', link: { resource: 'solicitations', id: solicitation.id }, reference: { solicitationId: solicitation.id, replyId: drafted.id } });
    expect(notice.bodyZh).toBe(`民盟已报送对书面协商“${title}”的意见，请登录平台查看。`);
    expect(notice.bodyEn).toBe(`民盟 has submitted its reply on "${title}". Please sign in to read it.`);
    await toldNone(
      { ufwd: people['ufwd']!, supervisor: people['supervisor']!, minmeng: people['minmeng']!, 'minmeng-leader': people['minmeng-leader']!, jiusan: people['jiusan']! },
      'written.reply-submitted',
      title,
    );

    const supplement = (await people['minmeng']!('/replies', 'POST', { solicitationId: solicitation.id, supplementTo: drafted.id, comments: [{ sectionKey: null, text: `补充 ${tag}` }] }))
      .body as ReplyView;
    expect((await people['minmeng']!(`/replies/${supplement.id}/request-approval`, 'POST')).status).toBe(200);
    expect((await people['minmeng-leader']!(`/replies/${supplement.id}/submit`, 'POST', { reviewForm: 'chair_office_meeting', reviewedOn: '2026-12-02' })).status).toBe(200);
    const both = await eventually(() => noticesOf(people['office']!, 'written.reply-submitted', title), { until: (found) => found.length === 2, what: 'the supplement’s notice' });
    expect(both.map((found) => found.bodyZh)).toContain(`民盟已报送对书面协商“${title}”的补充意见，请登录平台查看。`);
  });
});

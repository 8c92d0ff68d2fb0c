import type { MeetingView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { Document, Packer, Paragraph } from 'docx';
import { daysFromNow, makePdf, uploadToMeeting } from './meetings-fixtures.js';
import { as, download, orgUnits, suffix } from './planning-fixtures.js';

/** The size limit of the test platform's gateway (DOCUMENT_MAX_BYTES, default 20 MiB). */
const MAX_BYTES = Number(process.env.DOCUMENT_MAX_BYTES ?? 20 * 1024 * 1024);

/** A meeting's documents: versions kept, the type judged by the content, the size limited, nothing stored when refused. */
describe('meeting documents through the gateway', () => {
  const tag = suffix();
  let officeToken: string;
  let office: ReturnType<typeof as>;
  let meeting: MeetingView;

  const documentsOf = async (): Promise<MeetingView['documents']> => ((await office(`/meetings/${meeting.id}`)).body as MeetingView).documents;

  beforeAll(async () => {
    officeToken = await passwordToken('office');
    office = as(officeToken);
    const units = await orgUnits(officeToken);
    meeting = (
      await office('/meetings', 'POST', {
        type: 'thematic',
        title: `文件稿版本 ${tag}`,
        startsAt: daysFromNow(40),
        place: '区委会议室',
        leadOrgUnitId: units.get('区委办公室')!.id,
        invitedOrgUnitIds: [units.get('民盟')!.id],
      })
    ).body as MeetingView;
  });

  it('keeps every version of a document, and fetches the latest or a named one', async () => {
    const first = makePdf(`第一稿 ${tag}`);
    const added = await uploadToMeeting(officeToken, meeting.id, first, '征求意见稿.pdf');
    expect(added.status).toBe(201);
    const documentId = (added.body as MeetingView).documents[0]!.id;
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(`第二稿 ${tag}`)] }] }));
    const second = await uploadToMeeting(officeToken, meeting.id, docx, '征求意见稿（修改）.docx', `documents?documentId=${documentId}`);
    expect(second.status).toBe(201);
    expect((second.body as MeetingView).documents.map((document) => [document.id, document.version, document.title, document.fileName])).toEqual([
      [documentId, 1, '征求意见稿.pdf', '征求意见稿.pdf'],
      [documentId, 2, '征求意见稿.pdf', '征求意见稿（修改）.docx'],
    ]);
    const minmeng = await passwordToken('minmeng');
    expect((await download(`/meetings/${meeting.id}/documents/${documentId}`, minmeng)).bytes.equals(docx)).toBe(true);
    expect((await download(`/meetings/${meeting.id}/documents/${documentId}?version=1`, minmeng)).bytes.equals(first)).toBe(true);
    expect((await download(`/meetings/${meeting.id}/documents/${documentId}?version=9`, minmeng)).status).toBe(404);
    expect((await uploadToMeeting(officeToken, meeting.id, first, '另一份.pdf', `documents?documentId=${meeting.id}`)).status).toBe(404);
  });

  it('refuses a file whose content is not what its name says, an unknown type and one over the limit, storing nothing', async () => {
    const before = await documentsOf();
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('名不副实')] }] }));
    const mismatch = await uploadToMeeting(officeToken, meeting.id, docx, '会议通知.pdf');
    expect(mismatch).toMatchObject({ status: 422, body: { code: 'DOCUMENT.TYPE_MISMATCH' } });
    const text = await uploadToMeeting(officeToken, meeting.id, Buffer.from('只是一段文字'), '材料.pdf');
    expect(text).toMatchObject({ status: 415, body: { code: 'DOCUMENT.TYPE_NOT_ALLOWED' } });
    const big = Buffer.alloc(MAX_BYTES + 1, 0x25);
    big.write('%PDF-1.4\n');
    const tooLarge = await uploadToMeeting(officeToken, meeting.id, big, '超大.pdf').catch((error: Error) => ({ status: 0, body: error.message }));
    expect(tooLarge).toMatchObject({ status: 413, body: { code: 'DOCUMENT.TOO_LARGE' } });
    const badTitle = await uploadToMeeting(officeToken, meeting.id, makePdf(), '标题.pdf', `documents?title=${'长'.repeat(301)}`);
    expect(badTitle).toMatchObject({ status: 400, body: { code: 'VALIDATION.INVALID_INPUT' } });
    expect(await documentsOf()).toEqual(before);
  });
});

import { Document, Packer, Paragraph } from 'docx';
import type { MaterialView, SolicitationView } from '@xieshang/contracts';
import { passwordToken, platformUrls } from '@xieshang/platform-testing';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';
import { inSeconds } from './written-fixtures.js';

const makeDocx = (text: string): Promise<Buffer> => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));

/** Uploads raw bytes with their name, as the console does. */
const upload = async (token: string, path: string, body: Uint8Array | string, fileName: string) => {
  const response = await fetch(`${platformUrls.gateway}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
};

const fetchFile = async (token: string, path: string) => {
  const response = await fetch(`${platformUrls.gateway}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
};

/**
 * The document of a solicitation and the files of a material: stored once through the gateway,
 * refused when of a forbidden type (nothing recorded), downloaded only by those who may read the record.
 */
describe('attachments of solicitations and materials', () => {
  const tag = suffix();
  let units: Map<string, Unit>;
  let officeToken: string;

  beforeAll(async () => {
    officeToken = await passwordToken('office');
    units = await orgUnits(officeToken);
  });

  it('attaches the document to a draft, refuses a forbidden type, and lets only the addressed branch download it', async () => {
    const office = as(officeToken);
    const solicitation = (await office('/solicitations', 'POST', {
      title: `附件 ${tag}`,
      documentVersion: '征求意见稿',
      recipientOrgUnitIds: [units.get('民盟')?.id],
      replyDeadline: inSeconds(3600),
    })).body as SolicitationView;
    const docx = await makeDocx(`征求意见稿正文 ${tag}`);
    const attached = await upload(officeToken, `/solicitations/${solicitation.id}/attachments`, docx, '营商环境条例（征求意见稿）.docx');
    expect(attached.status).toBe(200);
    const [attachment] = (attached.body as SolicitationView).attachments;
    expect(attachment).toMatchObject({ fileName: '营商环境条例（征求意见稿）.docx', size: docx.length, mediaType: expect.stringContaining('wordprocessingml') });
    expect(JSON.stringify(attached.body)).not.toContain('storageKey');

    const refused = await upload(officeToken, `/solicitations/${solicitation.id}/attachments`, '<html><script>alert(1)</script></html>', '说明.html');
    expect({ status: refused.status, code: (refused.body as { code: string }).code }).toEqual({ status: 415, code: 'DOCUMENT.TYPE_NOT_ALLOWED' });
    const exe = await upload(officeToken, `/solicitations/${solicitation.id}/attachments`, Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), '附件.pdf');
    expect(exe.status).toBe(415);
    expect(((await office(`/solicitations/${solicitation.id}`)).body as SolicitationView).attachments).toHaveLength(1);

    const minmengToken = await passwordToken('minmeng');
    expect((await fetchFile(minmengToken, `/solicitations/${solicitation.id}/attachments/${attachment?.id}`)).status).toBe(404);
    await office(`/solicitations/${solicitation.id}/send`, 'POST');
    const downloaded = await fetchFile(minmengToken, `/solicitations/${solicitation.id}/attachments/${attachment?.id}`);
    expect(downloaded.status).toBe(200);
    expect(downloaded.bytes.equals(docx)).toBe(true);
    expect(downloaded.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetchFile(await passwordToken('jiusan'), `/solicitations/${solicitation.id}/attachments/${attachment?.id}`)).status).toBe(404);
    const late = await upload(officeToken, `/solicitations/${solicitation.id}/attachments`, docx, '第二稿.docx');
    expect({ status: late.status, code: (late.body as { code: string }).code }).toEqual({ status: 409, code: 'WRITTEN.SOLICITATION_NOT_IN_STATE' });
    expectProblem(await as(minmengToken)(`/solicitations/${solicitation.id}/attachments/00000000-0000-4000-8000-000000000000`), 404, 'COMMON.NOT_FOUND');
  });

  it('lets the sending department attach files to a material that only its recipients download', async () => {
    const fagaiToken = await passwordToken('fagai');
    const material = (await as(fagaiToken)('/materials', 'POST', { kind: 'statistics', title: `统计月报 ${tag}`, recipientOrgUnitIds: [units.get('民盟')?.id] })).body as MaterialView;
    const docx = await makeDocx(`统计月报 ${tag}`);
    const attached = await upload(fagaiToken, `/materials/${material.id}/attachments`, docx, '统计月报.docx');
    expect(attached.status).toBe(200);
    const [file] = (attached.body as MaterialView).attachments;
    expect((await upload(await passwordToken('caizheng'), `/materials/${material.id}/attachments`, docx, '冒名.docx')).status).toBe(404);
    expect((await fetchFile(await passwordToken('minmeng'), `/materials/${material.id}/attachments/${file?.id}`)).bytes.equals(docx)).toBe(true);
    expect((await fetchFile(await passwordToken('jiusan'), `/materials/${material.id}/attachments/${file?.id}`)).status).toBe(404);
    expect((await fetchFile(officeToken, `/materials/${material.id}/attachments/${file?.id}`)).status).toBe(404);
  });
});

import type { InterviewView } from '@xieshang/contracts';
import { platformUrls } from '@xieshang/platform-testing';
import { inDays, interviewPeople, type InterviewPeople } from './interview-fixtures.js';
import { expectProblem, suffix } from './planning-fixtures.js';

/** A one-page PDF, made here so the test depends on no file. */
const makePdf = (marker: string): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Marker (${marker}) >>`];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${body}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
};

const upload = async (token: string, interviewId: string, fileName: string, bytes: Buffer) => {
  const response = await fetch(`${platformUrls.gateway}/api/v1/interviews/${interviewId}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` },
    body: bytes,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
};

const download = async (token: string, path: string) => {
  const response = await fetch(`${platformUrls.gateway}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
};

describe('documents sent in advance with an interview', () => {
  let people: InterviewPeople;
  const marker = `约谈材料${suffix()}`;

  beforeAll(async () => {
    people = await interviewPeople();
  }, 60_000);

  it('lets the party’s leader and UFWD attach documents before the interview, and only its readers fetch them', async () => {
    const interview = (await people.partyLeader('/interviews/requests', 'POST', { subject: `${marker} 请求`, information: '见附件调研报告。' })).body as InterviewView;
    const report = makePdf(marker);
    const attached = await upload(people.tokens.partyLeader, interview.id, `${marker}调研报告.pdf`, report);
    expect(attached.status).toBe(201);
    const document = (attached.body as InterviewView).documents[0];
    expect(document).toMatchObject({ fileName: `${marker}调研报告.pdf`, mediaType: 'application/pdf', size: report.length });

    const fetched = await download(people.tokens.partyMember, `/interviews/${interview.id}/documents/${document?.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.type).toBe('application/pdf');
    expect(fetched.bytes.equals(report)).toBe(true);
    expect((await download(people.tokens.leader, `/interviews/${interview.id}/documents/${document?.id}`)).status).toBe(200);
    expect((await download(people.tokens.otherParty, `/interviews/${interview.id}/documents/${document?.id}`)).status).toBe(404);

    expect((await upload(people.tokens.partyMember, interview.id, 'member.pdf', report)).status).toBe(403);
    expect((await upload(people.tokens.otherParty, interview.id, 'other.pdf', report)).status).toBe(403);
    const mismatch = await upload(people.tokens.partyLeader, interview.id, `${marker}.docx`, report);
    expect({ status: mismatch.status, code: (mismatch.body as { code: string }).code }).toEqual({ status: 422, code: 'DOCUMENT.TYPE_MISMATCH' });
    const notAllowed = await upload(people.tokens.partyLeader, interview.id, `${marker}.pdf`, Buffer.from('plain text, not a document'));
    expect(notAllowed.status).toBe(415);
    expect(((await people.partyLeader(`/interviews/${interview.id}`)).body as InterviewView).documents).toHaveLength(1);

    await people.ufwd(`/interviews/${interview.id}/schedule`, 'POST', { startsAt: inDays(6), place: '统战部会议室', leaderPersonId: people.leaderId });
    expect((await upload(people.tokens.ufwd, interview.id, `${marker}情况说明.pdf`, makePdf(`${marker}-ufwd`))).status).toBe(201);
    await people.ufwd(`/interviews/${interview.id}/hold`, 'POST');
    const late = await upload(people.tokens.ufwd, interview.id, `${marker}迟到.pdf`, makePdf(`${marker}-late`));
    expect({ status: late.status, code: (late.body as { code: string }).code }).toEqual({ status: 409, code: 'INTERVIEW.NOT_IN_STATE' });
    const view = (await people.partyMember(`/interviews/${interview.id}`)).body as InterviewView;
    expect(view.documents.map((entry) => entry.fileName)).toEqual([`${marker}调研报告.pdf`, `${marker}情况说明.pdf`]);
    expectProblem(await people.otherTenant(`/interviews/${interview.id}/documents/${document?.id}`), 404, 'COMMON.NOT_FOUND');
  }, 60_000);
});

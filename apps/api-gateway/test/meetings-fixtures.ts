import type { MeetingView, PlanItemView, PlanView } from '@xieshang/contracts';
import { platformUrls } from '@xieshang/platform-testing';
import { as, type Unit } from './planning-fixtures.js';

type Caller = ReturnType<typeof as>;

/**
 * A plan year of the meeting tests' own (a plan per district and year is unique): 2700–2749 for
 * the API tests, 2750–2799 for the console's journey; `part` keeps each file in its own 10 years.
 */
export const meetingYear = (part: 0 | 1 | 2 | 3 | 4): number => 2700 + part * 10 + Math.floor(Math.random() * 10);

const ok = <T>(result: { status: number; body: unknown }, what: string): T => {
  if (result.status < 200 || result.status >= 300) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body as T;
};

/**
 * A published plan of `year` with one thematic meeting item, drafted by office, sent for review
 * without asking the parties, approved below the minimums by the leader, and published.
 */
export const publishPlanWithMeeting = async (
  office: Caller,
  leader: Caller,
  units: Map<string, Unit>,
  year: number,
  topic: string,
  plannedDate: string,
): Promise<{ plan: PlanView; item: PlanItemView }> => {
  const plan = ok<PlanView>(await office('/plans', 'POST', { year, title: `${year}年度政党协商计划 ${topic}` }), 'plan');
  const item = ok<PlanItemView>(
    await office(`/plans/${plan.id}/items`, 'POST', {
      topic,
      form: 'meeting',
      meetingType: 'thematic',
      plannedDate,
      participantOrgUnitIds: [units.get('民盟')!.id, units.get('九三学社')!.id],
      leadOrgUnitId: units.get('区委统战部')!.id,
      contentCategory: 'reform_development_livelihood',
    }),
    'item',
  );
  ok(await office(`/plans/${plan.id}/submit-for-review`, 'POST', { skipSolicitationReason: '会议协商测试' }), 'submit');
  ok(await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕1号`, belowMinimumReason: '会议协商测试' }), 'approve');
  return { plan: ok<PlanView>(await office(`/plans/${plan.id}/publish`, 'POST'), 'publish'), item };
};

/** Waits until meeting-service shows the meeting of a plan item, and `until` holds for it. */
export const meetingOfItem = async (office: Caller, itemId: string, until: (meeting: MeetingView) => boolean = () => true, waitMs = 20_000): Promise<MeetingView> => {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const list = await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ planItemId: itemId }))}`);
    const found = (list.body as MeetingView[])[0];
    if (found && until(found)) return found;
    if (Date.now() > deadline) throw new Error(`No meeting for plan item ${itemId} as expected: ${JSON.stringify(found)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
};

/** An instant `days` days from now, on the hour. */
export const daysFromNow = (days: number): string => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString();
};

/** A one-page PDF, as a real document of the meeting. */
export const makePdf = (text = '协商会议文件稿'): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Title (${encodeURIComponent(text)}) >>`];
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

/** Uploads a file to a meeting through the gateway: `documents` (with `?title=`) or `minutes-attachment`. */
export const uploadToMeeting = async (
  token: string,
  meetingId: string,
  bytes: Uint8Array,
  fileName: string,
  target = 'documents',
  contentType = 'application/octet-stream',
): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(`${platformUrls.gateway}/api/v1/meetings/${meetingId}/${target}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` },
    body: bytes,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the test reads the text.
  }
  return { status: response.status, body };
};

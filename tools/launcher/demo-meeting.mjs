import { Document, Packer, Paragraph } from 'docx';
import { listQuery } from './demo-api.mjs';
import { demoMeetingStart } from './demo-plan.rules.mjs';

const PLACE = '区委第一会议室';
const LATE_REASON = '区委临时安排，会议提前召开';

/** What the parties raised at the meeting: 民盟 spoke, and 九三学社 handed in its opinion in writing. */
const OPINIONS = [
  { by: 'office', party: '民盟', raisedByName: '何主委', form: 'spoken', text: '建议在城区新建两所公办幼儿园，缓解适龄儿童入园难。' },
  { by: 'jiusan', party: '九三学社', raisedByName: '吴科研', form: 'written', text: '建议推进区人民医院与乡镇卫生院组建医共体，推动专家号源下沉基层。' },
];

const MINUTES = '会议听取了教育医疗资源配置情况的通报。各民主党派、无党派人士和工商联代表围绕议题建言献策，形成意见建议2条，会后转交有关部门办理。';

/** The documents of the meeting (文件稿), as the office writes them: a Word document. */
const meetingDocument = (topic) =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(`${topic}（征求意见稿）`), new Paragraph('请各民主党派、无党派人士和工商联集中阅读，形成集体研究准备意见。')] }] }));

/**
 * Each step of the meeting's life from where it stands, as the person whose step it is: the office
 * sets it for now and sends the notice, provides the documents (both late, with the reason),
 * records it held and the opinions raised; UFWD, its lead unit, records the minutes; the office
 * sends the opinions on to handling and closes it.
 */
const STEPS = {
  planned: async ({ users }, meeting) => {
    const scheduled = await users.office(`/meetings/${meeting.id}`, 'PUT', {
      title: meeting.title,
      chairName: '陈书记',
      startsAt: demoMeetingStart(new Date()).toISOString(),
      place: PLACE,
      leadOrgUnitId: meeting.leadOrgUnitId,
      invitedOrgUnitIds: meeting.invitedOrgUnitIds,
      version: meeting.version,
    });
    return users.office(`/meetings/${scheduled.id}/notice`, 'POST', { lateReason: LATE_REASON });
  },
  noticed: async ({ users }, meeting) => {
    if (meeting.documents.length === 0) {
      await users.office(`/meetings/${meeting.id}/documents`, 'POST', undefined, { bytes: await meetingDocument(meeting.title), fileName: '会议文件稿.docx' });
    }
    return users.office(`/meetings/${meeting.id}/provide-documents`, 'POST', { lateReason: LATE_REASON });
  },
  documents_ready: ({ users, names }, meeting) =>
    users.office(`/meetings/${meeting.id}/hold`, 'POST', {
      attendance: meeting.invitedOrgUnitIds.map((orgUnitId) => ({ orgUnitId, name: `${names.get(orgUnitId) ?? ''}代表` })),
    }),
  held: async ({ users, unit }, meeting) => {
    if (meeting.opinions.length === 0) {
      for (const opinion of OPINIONS) {
        const party = opinion.by === 'office' ? { partyOrgUnitId: unit(opinion.party) } : {};
        await users[opinion.by](`/meetings/${meeting.id}/opinions`, 'POST', { ...party, raisedByName: opinion.raisedByName, text: opinion.text, form: opinion.form });
      }
    }
    return users.ufwd(`/meetings/${meeting.id}/record-minutes`, 'POST', { text: MINUTES });
  },
  minutes_recorded: ({ users }, meeting) => users.office(`/meetings/${meeting.id}/transfer-outcomes`, 'POST', {}),
  outcomes_transferred: ({ users }, meeting) => users.office(`/meetings/${meeting.id}/close`, 'POST', {}),
};

/** The meeting meeting-service made of a published plan's item, once the plan's event has reached it. */
const meetingOfItem = async (users, itemId, waitMs = 30_000) => {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const [found] = await users.office(`/meetings${listQuery({ planItemId: itemId }, [0, 0])}`);
    if (found) return users.office(`/meetings/${found.id}`);
    if (Date.now() > deadline) throw new Error(`demo seed: no meeting of the plan's item ${itemId} after ${waitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

/**
 * Takes the meeting of the plan's item through its life, from wherever it stands, to closed with
 * its opinions sent on as cases. Answers how many steps it took (0: it had been seeded already).
 */
export const holdDemoMeeting = async (context, itemId) => {
  let meeting = await meetingOfItem(context.users, itemId);
  let steps = 0;
  while (STEPS[meeting.status]) {
    meeting = await STEPS[meeting.status](context, meeting);
    steps += 1;
  }
  return steps;
};

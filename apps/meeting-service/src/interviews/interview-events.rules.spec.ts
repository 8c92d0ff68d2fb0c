import { eventContractOf, InterviewEvent, OpinionEvent, taskSubjects } from '@xieshang/contracts';
import { interviewEventPayload, opinionPayload, prepareTask, recordTask, scheduleTask } from './interview-events.rules.js';
import type { InterviewOpinionEntity } from './interview-opinion.entity.js';
import type { InterviewEntity } from './interview.entity.js';

const PARTY = '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';
const UFWD = '1b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';
const LEADER = '2b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';

const interview = {
  id: '3b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11',
  origin: 'cpc',
  status: 'scheduled',
  partyOrgUnitId: PARTY,
  subject: '民营经济发展',
  leaderPersonId: LEADER,
  startsAt: new Date('2027-03-15T17:30:00Z'),
  place: '区委第三会议室',
  organiserOrgUnitIds: [UFWD, UFWD],
} as InterviewEntity;

const valid = (subject: string, payload: unknown): boolean => eventContractOf(subject)?.safeParse(payload).success === true;

describe('interview events', () => {
  it('name the party, the leader and the organisers as their audience, once each', () => {
    const payload = interviewEventPayload(interview, null);
    expect(payload.audience).toEqual({ orgUnitIds: [PARTY], personIds: [LEADER], organiserOrgUnitIds: [UFWD], confidential: false });
    expect(valid(InterviewEvent.Scheduled, payload)).toBe(true);
    expect(valid(InterviewEvent.Declined, interviewEventPayload({ ...interview, status: 'declined' } as InterviewEntity, '议程已满'))).toBe(true);
  });

  it('open tasks the shared task contract accepts, due on the interview’s day on the district’s clock', () => {
    const opened = taskSubjects('meeting').opened;
    expect(valid(opened, scheduleTask(interview, UFWD))).toBe(true);
    expect(valid(opened, recordTask(interview, LEADER))).toBe(true);
    const prepare = prepareTask(interview, 'Asia/Shanghai');
    expect(valid(opened, prepare)).toBe(true);
    expect(prepare).toMatchObject({ assignee: { orgUnitId: PARTY, roles: ['party-leader'] }, dueOn: '2027-03-16', taskKey: `interview:${interview.id}:prepare` });
    expect(prepareTask(interview, 'Europe/London').dueOn).toBe('2027-03-15');
  });

  it('hand each opinion on with the interview as its source', () => {
    const opinion = {
      id: '4b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11',
      text: '建议设立民营企业服务专窗',
      raisedByName: '何主委',
      raisedByPersonId: null,
      suggestedTrack: 'actionable',
      raisedAt: new Date('2027-03-15T02:00:00Z'),
    } as InterviewOpinionEntity;
    const payload = opinionPayload(interview, opinion);
    expect(valid(OpinionEvent.FromMeeting, payload)).toBe(true);
    expect(payload).toMatchObject({ opinionId: opinion.id, source: { kind: 'interview', recordId: interview.id, title: '民营经济发展' }, partyOrgUnitId: PARTY });
  });
});

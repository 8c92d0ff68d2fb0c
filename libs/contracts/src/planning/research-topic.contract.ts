import { z } from 'zod';
import { idList, int, isoDay, rowVersion, searchText, text } from '../common/primitives.js';
import { withActor } from './planning-actor.contract.js';

/**
 * §5.3: the year's topic catalogue parties choose from, key research the committee commissions
 * to a party, and the 1–2 study tours UFWD organises.
 */
export const RESEARCH_TOPIC_KINDS = ['catalogue', 'commissioned', 'study_tour'] as const;
export type ResearchTopicKind = (typeof RESEARCH_TOPIC_KINDS)[number];

export const RESEARCH_TOPIC_STATUSES = ['open', 'chosen', 'closed'] as const;
export type ResearchTopicStatus = (typeof RESEARCH_TOPIC_STATUSES)[number];

const fields = {
  title: text.trim().min(1).max(200),
  description: text.trim().max(4000).default(''),
  tourDate: isoDay.nullish(),
  destination: text.trim().min(1).max(200).nullish(),
};

type TopicShape = { kind?: ResearchTopicKind; year?: number; tourDate?: string | null; destination?: string | null; commissionedOrgUnitId?: string | null };

/** A study tour has its day (in the topic's year) and destination; a commissioned topic names its party. */
const topicCoherence = (topic: TopicShape, context: z.RefinementCtx): void => {
  if (topic.kind === 'study_tour') {
    if (!topic.tourDate) context.addIssue({ code: 'custom', path: ['tourDate'], message: 'a study tour needs its date' });
    if (!topic.destination) context.addIssue({ code: 'custom', path: ['destination'], message: 'a study tour needs its destination' });
  }
  if (topic.kind === 'commissioned' && !topic.commissionedOrgUnitId) {
    context.addIssue({ code: 'custom', path: ['commissionedOrgUnitId'], message: 'commissioned research names the party it is given to' });
  }
  if (topic.year !== undefined && topic.tourDate && Number(topic.tourDate.slice(0, 4)) !== topic.year) {
    context.addIssue({ code: 'custom', path: ['tourDate'], message: `must be in ${topic.year}` });
  }
};

export const createResearchTopicSchema = z
  .strictObject({
    year: int.min(2000).max(2999),
    kind: z.enum(RESEARCH_TOPIC_KINDS),
    commissionedOrgUnitId: z.uuid().nullish(),
    ...fields,
  })
  .superRefine(topicCoherence);
export const updateResearchTopicSchema = z.strictObject({
  ...fields,
  status: z.enum(RESEARCH_TOPIC_STATUSES).optional(),
  version: rowVersion,
});
export const commissionResearchTopicSchema = z.strictObject({ orgUnitId: z.uuid() });

export type CreateResearchTopicInput = z.infer<typeof createResearchTopicSchema>;
export type UpdateResearchTopicInput = z.infer<typeof updateResearchTopicSchema>;

const ref = { id: z.uuid(), ...withActor };
export const createResearchTopicCommandSchema = createResearchTopicSchema.safeExtend(withActor);
export const updateResearchTopicCommandSchema = updateResearchTopicSchema.extend(ref);
export const researchTopicRefSchema = z.strictObject(ref);
export const commissionResearchTopicCommandSchema = commissionResearchTopicSchema.extend(ref);

export const researchTopicListFilterSchema = z
  .object({
    year: int.optional(),
    kind: z.enum(RESEARCH_TOPIC_KINDS).optional(),
    status: z.enum(RESEARCH_TOPIC_STATUSES).optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const RESEARCH_TOPIC_SORT_FIELDS = ['year', 'title', 'kind', 'status', 'tourDate', 'createdAt'] as const;

export interface ResearchTopicChoice {
  orgUnitId: string;
  chosenBy: string | null;
  chosenByName: string;
  chosenAt: string;
}

export interface ResearchTopicView {
  id: string;
  year: number;
  kind: ResearchTopicKind;
  title: string;
  description: string;
  commissionedOrgUnitId: string | null;
  tourDate: string | null;
  destination: string | null;
  status: ResearchTopicStatus;
  choices: ResearchTopicChoice[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

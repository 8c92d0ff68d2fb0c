/** Choices whose labels live under `resources.<resource>.…` in both languages. */
const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const solicitationStatusChoices = choices(['draft', 'sent', 'closed'], 'resources.solicitations.statuses');
export const REVIEW_FORM_IDS = ['chair_office_meeting', 'committee_review'] as const;
export const reviewFormChoices = choices(REVIEW_FORM_IDS, 'resources.replies.review_forms');
export const submissionKindChoices = choices(['research_report', 'proposal', 'personal_advice'], 'resources.submissions.kinds');
export const addresseeChoices = choices(['party_committee', 'government'], 'resources.submissions.addressees');
export const materialKindChoices = choices(['report', 'statistics', 'briefing', 'meeting_invitation', 'inspection_invitation'], 'resources.materials.kinds');
export const PARTY_KINDS = ['democratic_party', 'non_party', 'federation'];

import type { MeetingKind, Role } from '@xieshang/contracts';

/** Who is looking: their person, their org unit and their roles. */
export interface Viewer {
  personId: string | null;
  orgUnitId: string | null;
  roles: readonly Role[];
}

/** Who a meeting involves. */
export interface MeetingParties {
  type: MeetingKind;
  leadOrgUnitId: string | null;
  organiserOrgUnitId: string | null;
  invitedOrgUnitIds: readonly string[];
  invitedPersonIds: readonly string[];
}

/** Office and UFWD organise every meeting of the district (DOMAIN.md "People and roles"). */
export const ORGANISER_ROLES: readonly Role[] = ['office', 'ufwd'];
/** Members of a party branch read what was sent to it; its leader approves what leaves it. */
export const PARTY_ROLES: readonly Role[] = ['party-member', 'party-leader'];
/** Those who read everything of the district (the leader, the supervisor), but not a nominee list they were not invited to. */
const TENANT_READERS: readonly Role[] = ['leader', 'supervisor'];

const hasAny = (viewer: Viewer, roles: readonly Role[]): boolean => roles.some((role) => viewer.roles.includes(role));

export const isOrganiserRole = (viewer: Viewer): boolean => hasAny(viewer, ORGANISER_ROLES);

/** Office, UFWD, or someone of the meeting's lead or organising unit. */
export const isOrganiser = (viewer: Viewer, meeting: MeetingParties): boolean =>
  isOrganiserRole(viewer) || (viewer.orgUnitId !== null && (viewer.orgUnitId === meeting.leadOrgUnitId || viewer.orgUnitId === meeting.organiserOrgUnitId));

export const isInvitee = (viewer: Viewer, meeting: MeetingParties): boolean =>
  (viewer.orgUnitId !== null && meeting.invitedOrgUnitIds.includes(viewer.orgUnitId)) || (viewer.personId !== null && meeting.invitedPersonIds.includes(viewer.personId));

/** A member or leader of an invited party branch, speaking for it. */
export const invitedParty = (viewer: Viewer, meeting: MeetingParties): string | null =>
  hasAny(viewer, PARTY_ROLES) && viewer.orgUnitId !== null && meeting.invitedOrgUnitIds.includes(viewer.orgUnitId) ? viewer.orgUnitId : null;

/**
 * Who may see the meeting at all: its organisers and invitees, the district's leader and
 * supervisor, and a city observer for any but a personnel consultation. Anyone else gets 404.
 */
export const mayReadMeeting = (viewer: Viewer, meeting: MeetingParties): boolean =>
  isOrganiser(viewer, meeting) ||
  isInvitee(viewer, meeting) ||
  hasAny(viewer, TENANT_READERS) ||
  (viewer.roles.includes('city-observer') && meeting.type !== 'personnel');

/** A personnel consultation's nominees and minutes: only its invitees and organisers. */
export const maySeeConfidential = (viewer: Viewer, meeting: MeetingParties): boolean =>
  meeting.type !== 'personnel' || isOrganiser(viewer, meeting) || isInvitee(viewer, meeting);

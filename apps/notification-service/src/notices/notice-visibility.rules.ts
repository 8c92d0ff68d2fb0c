import type { Caller } from '@xieshang/platform-tenancy';

/**
 * Notices are personal: a person sees those addressed to them, and the older notices that were
 * addressed to their org unit as a whole (before notices were personal). Nobody reads another's
 * inbox, whatever their role; a caller who is no person (a service) has none.
 */
export interface NoticeReader {
  personId: string | null;
  orgUnitId: string | null;
}

export const noticeReaderOf = (caller: Pick<Caller, 'personId' | 'orgUnitId'>): NoticeReader => ({
  personId: caller.personId,
  orgUnitId: caller.orgUnitId,
});

export const hasInbox = (reader: NoticeReader): reader is NoticeReader & { personId: string } => reader.personId !== null && reader.personId !== '';

/** Whether a notice row belongs to the reader's inbox. */
export const maySeeNotice = (reader: NoticeReader, notice: { recipientPersonId: string | null; recipientOrgUnitId: string | null }): boolean => {
  if (!hasInbox(reader)) return false;
  if (notice.recipientPersonId !== null) return notice.recipientPersonId === reader.personId;
  return reader.orgUnitId !== null && notice.recipientOrgUnitId === reader.orgUnitId;
};

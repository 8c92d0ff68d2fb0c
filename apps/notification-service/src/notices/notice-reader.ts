import type { NoticeReader } from '@xieshang/contracts';
import { findContext } from '@xieshang/platform-tenancy';
import { type NoticeScope, noticeScope } from './notice-visibility.rules.js';

/** Who is reading: the person and roles from the wire headers, the org unit as the gateway read it from the token. */
export interface NoticeCaller {
  personId: string | null;
  scope: NoticeScope;
}

export const currentNoticeCaller = (reader: NoticeReader): NoticeCaller => {
  const context = findContext();
  return { personId: context?.userId ?? null, scope: noticeScope(context?.roles ?? [], reader.orgUnitId) };
};

import type { NoticeKind, NoticeView } from '@xieshang/contracts';
import { eventually } from '@xieshang/platform-testing';
import type { as } from './planning-fixtures.js';

type Reader = ReturnType<typeof as>;

const query = (kind: NoticeKind) => `?filter=${encodeURIComponent(JSON.stringify({ kind }))}&range=${encodeURIComponent('[0,99]')}`;

/** The reader's notices of one kind whose title carries the marker. */
export const noticesOf = async (reader: Reader, kind: NoticeKind, marker: string): Promise<NoticeView[]> =>
  ((await reader(`/notices${query(kind)}`)).body as NoticeView[]).filter((notice) => notice.title.includes(marker));

/** The one notice of this kind about the marker in the reader's inbox: it arrives, and stays one. */
export const toldOnce = async (reader: Reader, kind: NoticeKind, marker: string, timeoutMs = 20_000): Promise<NoticeView> => {
  await eventually(() => noticesOf(reader, kind, marker), { until: (found) => found.length > 0, timeoutMs, what: `the ${kind} notice about ${marker}` });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const found = await noticesOf(reader, kind, marker);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** None of these readers has a notice of this kind about the marker (asked once the others were told). */
export const toldNone = async (readers: Record<string, Reader>, kind: NoticeKind, marker: string): Promise<void> => {
  const found = Object.fromEntries(await Promise.all(Object.entries(readers).map(async ([name, reader]) => [name, (await noticesOf(reader, kind, marker)).length] as const)));
  expect(found).toEqual(Object.fromEntries(Object.keys(readers).map((name) => [name, 0])));
};

import { inflateRawSync } from 'node:zlib';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EVENTS_STREAM, type EventEnvelope } from '@xieshang/contracts';
import { callGateway, platformNatsOptions, platformUrls } from '@xieshang/platform-testing';

/** The first year of each band: each caller of `randomYear` has a band no other test file uses. */
const YEAR_BANDS = [2100, 2150, 2200, 2250, 2050, 2500, 2600, 2400, 2450, 2650] as const;

/**
 * A year no other test uses, so each test's plan is its own (one plan per district and year):
 * within the caller's own band of 50 years. Every band has one caller; the console's journeys use
 * 2300–2399, the meeting tests 2700–2799, the handling tests 2800–2999, the access matrix and the
 * city view 2000–2049.
 */
export const randomYear = (band: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): number => YEAR_BANDS[band] + Math.floor(Math.random() * 50);

export const suffix = (): string => Math.random().toString(36).slice(2, 8);

type Call = Awaited<ReturnType<typeof callGateway>>;

export const as =
  (token: string) =>
  (path: string, method = 'GET', body?: unknown): Promise<Call> =>
    callGateway(`/api/v1${path}`, { token, method, ...(body !== undefined ? { body } : {}) });

export interface Unit {
  id: string;
  kind: string;
  shortName: string;
}

export const orgUnits = async (token: string): Promise<Map<string, Unit>> => {
  const result = await callGateway(`/api/v1/org-units?range=${encodeURIComponent('[0,99]')}`, { token });
  return new Map((result.body as Unit[]).map((unit) => [unit.shortName, unit]));
};

export const expectProblem = (result: Call, status: number, code: string, path?: string): void => {
  expect({ status: result.status, code: (result.body as { code?: string })?.code }).toEqual({ status, code });
  expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
  if (path) expect((result.body as { errors?: { path: string }[] }).errors?.map((error) => error.path)).toContain(path);
};

/** Reads the events on one subject since `since` from the events stream (an ordered consumer; nothing durable is left behind). */
export const eventsSince = async <T>(subject: string, since: Date, match: (envelope: EventEnvelope<T>) => boolean, waitMs = 8_000): Promise<EventEnvelope<T>[]> => {
  const connection = await connect(platformNatsOptions());
  try {
    const consumer = await jetstream(connection).consumers.get(EVENTS_STREAM, {
      filter_subjects: subject,
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: since.toISOString(),
    });
    const found: EventEnvelope<T>[] = [];
    const deadline = Date.now() + waitMs;
    while (found.length === 0 && Date.now() < deadline) {
      const batch = await consumer.fetch({ max_messages: 100, expires: 1_000 });
      for await (const message of batch) {
        const envelope = message.json<EventEnvelope<T>>();
        if (match(envelope)) found.push(envelope);
      }
    }
    return found;
  } finally {
    await connection.close();
  }
};

/** Downloads through the gateway as bytes, with the headers. */
export const download = async (path: string, token: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> => {
  const response = await fetch(`${platformUrls.gateway}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
};

/** One file of a zip (DOCX and XLSX are zips), found through the central directory. */
export const zipEntry = (zip: Buffer, name: string): string | null => {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip');
  let offset = zip.readUInt32LE(end + 16);
  for (let index = zip.readUInt16LE(end + 10); index > 0; index -= 1) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extra + comment;
  }
  return null;
};

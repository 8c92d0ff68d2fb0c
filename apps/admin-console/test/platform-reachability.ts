const HOW_TO_START =
  'Start the whole platform first (npm start), or point CONSOLE_URL / OIDC_URL at a running one.';

// Duck-typed: under Jest's VM modules, errors thrown by Node's fetch are not `instanceof Error` here.
const describeFailure = (error: unknown): string => {
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { code?: string } };
  const text = message ?? String(error);
  return cause?.code ? `${text}: ${cause.code}` : text;
};

/** Fails with one clear sentence when a part of the platform the browser test needs is down. */
export const requireReachable = async (what: string, url: string): Promise<void> => {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
  } catch (error) {
    throw new Error(`${what} is not reachable at ${url} (${describeFailure(error)}). ${HOW_TO_START}`);
  }
  if (response.status >= 400) {
    throw new Error(`${what} at ${url} answered HTTP ${response.status}. ${HOW_TO_START}`);
  }
};

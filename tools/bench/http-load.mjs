import autocannon from 'autocannon';

/**
 * Drives one GET with autocannon and reports requests/s and latency. Any answer but 2xx counts as
 * an error: a benchmark of 401s or 429s measures nothing.
 */
export const loadHttp = async ({ url, token, connections, durationSeconds }) => {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
};

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface Take {
  bucket: Bucket;
  allowed: boolean;
  /** Seconds until one token is back, when refused. */
  retryAfterSeconds: number;
}

/** A bucket of `perMinute` tokens refilled continuously; each request takes one. */
export const takeToken = (current: Bucket | undefined, now: number, perMinute: number): Take => {
  const refillPerMs = perMinute / 60_000;
  const start = current ?? { tokens: perMinute, updatedAt: now };
  const tokens = Math.min(perMinute, start.tokens + (now - start.updatedAt) * refillPerMs);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, updatedAt: now }, allowed: true, retryAfterSeconds: 0 };
  return { bucket: { tokens, updatedAt: now }, allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / refillPerMs / 1000) };
};

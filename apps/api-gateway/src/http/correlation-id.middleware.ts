import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { WireHeader } from '@xieshang/contracts';

const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;
const ASSIGNED = Symbol('correlationId');

type WithCorrelation = Request & { [ASSIGNED]?: string };

/** Keeps a caller's correlation id when it looks sane, else makes one; echoed on the response. */
export const correlationIdMiddleware = (request: Request, response: Response, next: NextFunction): void => {
  const offered = request.header(WireHeader.CorrelationId);
  const id = offered && ACCEPTABLE.test(offered) ? offered : randomUUID();
  (request as WithCorrelation)[ASSIGNED] = id;
  response.setHeader(WireHeader.CorrelationId, id);
  next();
};

export const correlationIdOf = (request: Request): string => (request as WithCorrelation)[ASSIGNED] ?? randomUUID();

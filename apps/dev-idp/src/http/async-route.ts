import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Express 4 does not catch a rejected handler; this hands the error to the error middleware. */
export const asyncRoute =
  (handler: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch(next);
  };

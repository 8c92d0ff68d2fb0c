import type { NextFunction, Request, Response } from 'express';
import { AppException } from '@xieshang/platform-errors';
import { firstUnstorableText, jsonDepth, MAX_JSON_DEPTH } from './json-shape.rules.js';

/** body-parser's `verify`: runs on the raw bytes, so a body nested too deep is never parsed, walked or forwarded. */
export const refuseDeepJson = (_request: unknown, _response: unknown, body: Buffer): void => {
  if (jsonDepth(body) > MAX_JSON_DEPTH) {
    throw Object.assign(new Error(`The body nests deeper than ${MAX_JSON_DEPTH} levels`), { status: 400, type: 'entity.too.deep' });
  }
};

/** A string the database cannot store (NUL, a lone surrogate) is refused here, naming its field, whatever the route. */
export const refuseUnstorableText = (request: Request, _response: Response, next: NextFunction): void => {
  const path = firstUnstorableText(request.body);
  if (path === undefined) return next();
  next(AppException.invalidInput([{ path, message: 'must not contain NUL or ill-formed Unicode' }]));
};

import { HttpError, type TranslateFunction } from 'react-admin';
import { isProblem } from './problem.js';
import { problemMessage } from './problem-message.js';

/**
 * Rewrites a failed call's message into the user's language, keeping status and body, so that
 * react-admin's notifications (which show `error.message`) read well.
 */
export const toReadableError = (error: unknown, translate: TranslateFunction): unknown => {
  if (!(error instanceof HttpError)) return error;
  const message = isProblem(error.body)
    ? problemMessage(error.body, translate)
    : translate('ra.notification.http_error');
  return new HttpError(message, error.status, error.body);
};

import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '@xieshang/platform-observability';
import { escapeHtml, htmlPage } from '../login/html.js';

const statusOf = (error: unknown): number => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
};

/** Errors of the login pages (an expired or unknown interaction, mostly) as a page, not a stack. */
export const errorPage =
  (logger: Logger) =>
  (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const status = statusOf(error);
    if (status >= 500) logger.error({ err: error }, 'request failed');
    const description = status >= 500 ? 'internal error' : error instanceof Error ? error.message : 'request refused';
    res
      .status(status)
      .type('html')
      .send(
        htmlPage(
          '出错了 / Something went wrong',
          `<h1>出错了</h1><p>Something went wrong: ${escapeHtml(description)}</p>
<p>请返回应用重新登录。<br><small>Go back to the application and sign in again.</small></p>`,
        ),
      );
  };

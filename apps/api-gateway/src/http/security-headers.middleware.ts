import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** The OpenAPI page is the one HTML the gateway serves; everything else is JSON or a download. */
export const API_DOCS_PATH = '/api/docs';

const common = {
  crossOriginResourcePolicy: { policy: 'same-site' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
  // Sent below only when the request came over TLS: over plain HTTP the header means nothing.
  strictTransportSecurity: false,
};

/** An API answers no page: nothing may load, frame or submit from what it returns. */
const forApi = helmet({
  ...common,
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
});

/** Swagger UI loads its own scripts and styles (and inline styles) from the gateway. */
const forDocs = helmet({
  ...common,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

const HSTS = 'max-age=31536000; includeSubDomains';

/** Behind a TLS-terminating proxy the request is secure by `X-Forwarded-Proto`; only then HSTS. */
const strictTransportSecurity = (request: Request, response: Response, next: NextFunction): void => {
  if (request.secure || request.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') response.setHeader('Strict-Transport-Security', HSTS);
  next();
};

/** helmet's headers (nosniff, Referrer-Policy, a CSP fitting each answer) and HSTS behind TLS. */
export const securityHeaders: RequestHandler[] = [
  (request, response, next) => (request.path.startsWith(API_DOCS_PATH) ? forDocs : forApi)(request, response, next),
  strictTransportSecurity,
];

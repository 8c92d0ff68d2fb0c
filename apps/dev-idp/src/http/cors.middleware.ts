import type { NextFunction, Request, Response } from 'express';

/**
 * CORS for the console's calls to the token, certs, userinfo and logout endpoints. keycloak-js
 * sends credentials, so the origin is echoed (never `*`) with `Allow-Credentials: true`. Other
 * origins get no CORS headers and oidc-provider's own check refuses them.
 */
export const consoleCors =
  (origins: readonly string[]) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.get('Origin');
    if (!origin || !origins.includes(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method')) {
      res.set('Access-Control-Allow-Methods', 'GET,POST,OPTIONS');
      res.set('Access-Control-Allow-Headers', req.get('Access-Control-Request-Headers') ?? 'Authorization, Content-Type');
      res.set('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };

import express, { type Request, type Response, type Router } from 'express';
import type Provider from 'oidc-provider';
import type { VerifiedIdentity } from '@xieshang/contracts';
import type { Logger } from '@xieshang/platform-observability';
import type { VerifyCredential } from '../identity/credential-verifier.js';
import type { IdentityRegistry } from '../identity/identity.registry.js';
import { asyncRoute } from '../http/async-route.js';
import { FIRST_PARTY_CLIENTS } from '../oidc/clients.js';
import { firstPartyGrant } from '../oidc/first-party.grant.js';
import { loginActionPath } from '../oidc/realm.js';
import { DIRECTORY_UNAVAILABLE_MESSAGE, INVALID_CREDENTIALS_MESSAGE, renderLoginPage } from './login.page.js';

export interface LoginRouteDeps {
  provider: Provider;
  verifyCredential: VerifyCredential;
  identities: IdentityRegistry;
  logger: Logger;
}

const sendHtml = (res: Response, status: number, html: string): void => {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(html);
};

const field = (body: unknown, name: string): string => {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
};

/** The sign-in step of an authorization request: oidc-provider sends the browser here. */
export const loginRoutes = ({ provider, verifyCredential, identities, logger }: LoginRouteDeps): Router => {
  const showStep = async (req: Request, res: Response): Promise<void> => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      sendHtml(res, 200, renderLoginPage({ action: loginActionPath(details.uid) }));
      return;
    }
    // Only consent is left: our own clients are granted without asking, any other is refused.
    const clientId = String(details.params['client_id'] ?? '');
    const accountId = details.session?.accountId;
    if (!accountId || !FIRST_PARTY_CLIENTS.has(clientId)) {
      const refusal = { error: 'access_denied', error_description: 'dev-idp grants first-party clients only' };
      await provider.interactionFinished(req, res, refusal, { mergeWithLastSubmission: false });
      return;
    }
    const grantId = await firstPartyGrant(provider, clientId, accountId).save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };

  const signIn = async (req: Request, res: Response): Promise<void> => {
    const details = await provider.interactionDetails(req, res);
    const action = loginActionPath(details.uid);
    const username = field(req.body, 'username').trim();
    const password = field(req.body, 'password');
    let identity: VerifiedIdentity | null = null;
    if (username && password) {
      try {
        identity = await verifyCredential({ username, password });
      } catch (error) {
        logger.error({ err: error }, 'credential check failed');
        sendHtml(res, 503, renderLoginPage({ action, username, error: DIRECTORY_UNAVAILABLE_MESSAGE }));
        return;
      }
    }
    if (!identity) {
      logger.info({ username }, 'sign-in refused');
      sendHtml(res, 401, renderLoginPage({ action, username, error: INVALID_CREDENTIALS_MESSAGE }));
      return;
    }
    identities.remember(identity);
    await provider.interactionFinished(req, res, { login: { accountId: identity.subject } }, { mergeWithLastSubmission: false });
  };

  const router = express.Router();
  const route = loginActionPath(':uid');
  router.get(route, asyncRoute(showStep));
  router.post(route, express.urlencoded({ extended: false, limit: '8kb' }), asyncRoute(signIn));
  return router;
};

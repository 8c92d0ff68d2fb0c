import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml, htmlPage } from '../login/html.js';

/**
 * keycloak-js signs out by sending the browser to the logout endpoint and expects to come back
 * without a question, as with Keycloak; the confirmation form oidc-provider renders submits itself.
 */
export const logoutSource = async (ctx: KoaContextWithOIDC, form: string): Promise<void> => {
  ctx.type = 'html';
  ctx.body = htmlPage(
    '退出登录 / Signing out',
    `<h1>正在退出登录…</h1><p>Signing out…</p>
${form}
<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">退出 / Sign out</button></noscript>
<script>
var form = document.getElementById('op.logoutForm');
var input = document.createElement('input');
input.type = 'hidden'; input.name = 'logout'; input.value = 'yes';
form.appendChild(input); form.submit();
</script>`,
  );
};

export const postLogoutSuccessSource = async (ctx: KoaContextWithOIDC): Promise<void> => {
  ctx.type = 'html';
  ctx.body = htmlPage('已退出登录 / Signed out', '<h1>已退出登录</h1><p>You are signed out.</p>');
};

export const renderError = async (ctx: KoaContextWithOIDC, out: Record<string, string>): Promise<void> => {
  ctx.type = 'html';
  const lines = Object.entries(out)
    .map(([key, value]) => `<p><small>${escapeHtml(key)}</small><br>${escapeHtml(String(value))}</p>`)
    .join('');
  ctx.body = htmlPage('出错了 / Something went wrong', `<h1>出错了</h1><p>Something went wrong.</p>${lines}`);
};

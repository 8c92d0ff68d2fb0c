import { escapeHtml, htmlPage } from './html.js';

export const LOGIN_TITLE = '协商平台 登录 / Sign in to xieshang';
export const INVALID_CREDENTIALS_MESSAGE = '用户名或密码错误 / Invalid username or password';
export const DIRECTORY_UNAVAILABLE_MESSAGE = '暂时无法验证密码，请稍后再试 / Sign-in is unavailable right now, please try again';

export interface LoginPageInput {
  action: string;
  username?: string;
  error?: string;
}

/** The sign-in form of an authorization request; it posts back to the same interaction. */
export const renderLoginPage = ({ action, username = '', error }: LoginPageInput): string =>
  htmlPage(
    LOGIN_TITLE,
    `<h1>协商平台 登录</h1>
<p>Sign in to xieshang</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
<label for="username">用户名 <small>Username</small></label>
<input id="username" name="username" value="${escapeHtml(username)}" required autofocus>
<label for="password">密码 <small>Password</small></label>
<input id="password" name="password" type="password" required>
<button type="submit">登录 / Sign in</button>
</form>`,
  );

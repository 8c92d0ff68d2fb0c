import { INVALID_CREDENTIALS_MESSAGE, renderLoginPage } from './login.page.js';

describe('login page', () => {
  it('escapes the username it shows again', () => {
    const html = renderLoginPage({ action: '/realms/xieshang/login-actions/abc', username: '"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('shows the error only when there is one', () => {
    expect(renderLoginPage({ action: '/a' })).not.toContain('role="alert"');
    expect(renderLoginPage({ action: '/a', error: INVALID_CREDENTIALS_MESSAGE })).toContain(INVALID_CREDENTIALS_MESSAGE);
  });
});

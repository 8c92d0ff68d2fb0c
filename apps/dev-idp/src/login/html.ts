const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f5f7;margin:0}
main{max-width:360px;margin:10vh auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12)}
h1{font-size:1.3em;margin:0 0 4px}h1+p{color:#666;margin:0 0 24px}label{display:block;margin:12px 0 4px}
label small,p small{color:#666}input{width:100%;box-sizing:border-box;padding:8px;font-size:1em}
button{margin-top:20px;width:100%;padding:10px;font-size:1em;background:#b71c1c;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;color:#b71c1c;padding:8px 12px;border-radius:4px}`;

/** A whole zh-CN page; dev-idp's pages are Chinese first, with English underneath. */
export const htmlPage = (title: string, body: string): string => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>`;

// The data browser's HTML: one page frame and escaping, shared by its pages. No script anywhere: the pages must work
// whatever state the app is in, and a document's text is data, never markup.

export const escape = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A table row saying there is nothing to list. */
export const none = (columns: number, text: string) => `<tr><td colspan="${columns}" class="muted">${text}</td></tr>`;

/** Pretty-printed EJSON (relaxed: dates as `{"$date": …}`, as the SDK receives them). */
export const prettyEjson = (ejson: string) => JSON.stringify(JSON.parse(ejson), null, 2);

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · 匠心 local cloud</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1f1f1f}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}a{color:#a50d26}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{background:#f7f7f7;padding:8px;overflow:auto;margin:0;font-size:12px}.muted{color:#595959}
.bad{color:#a50d26;font-weight:600}
form{display:grid;grid-template-columns:1fr auto auto auto;gap:8px;align-items:end;margin:12px 0}
label{display:flex;flex-direction:column;font-size:12px;color:#595959}
textarea,input,select,button{font:13px ui-monospace,monospace;padding:6px}
</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

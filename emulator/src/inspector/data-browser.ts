// A small read-only page on the local cloud's port (`/_emulator/`) so a developer can see what a flow wrote: the
// collections and their documents, the recent invocations with what each cost, the timers and the WeChat outbox.
// Server-rendered HTML with no script: it must work whatever state the app is in.
import type http from 'node:http';
import { decodePathPart } from '../http-util';
import type { DatabaseService } from '../database/database-server';
import type { InvocationJournal } from '../functions/invocation-journal';
import type { TimerTriggers } from '../functions/timer-triggers';
import type { WeChatService } from '../wechat/wechat-service';

export interface DataBrowserSources {
  database: DatabaseService;
  journal: InvocationJournal;
  timers: TimerTriggers;
  wechat: WeChatService;
}

const PAGE_SIZE = 20;

const escape = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · 匠心 local cloud</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1f1f1f}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}a{color:#a50d26}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{background:#f7f7f7;padding:8px;overflow:auto;margin:0;font-size:12px}.muted{color:#595959}
.bad{color:#a50d26;font-weight:600}
</style></head><body><h1>${escape(title)}</h1>${body}</body></html>`;
}

function overview(sources: DataBrowserSources): string {
  const { store } = sources.database;
  const collections = store
    .names()
    .map((name) => {
      const collection = store.collection(name);
      const indexes = collection.indexes
        .map((index) => `${index.spec.name}${index.spec.unique ? ' (unique)' : ''}`)
        .join(', ');
      return `<tr><td><a href="/_emulator/collections/${encodeURIComponent(name)}">${escape(name)}</a></td>
<td class="n">${collection.docs.size}</td><td class="muted">${escape(indexes || '—')}</td></tr>`;
    })
    .join('');
  const invocations = sources.journal
    .recent(50)
    .map(
      (entry) => `<tr><td>${escape(entry.startedAt.toISOString().slice(11, 23))}</td><td>${escape(entry.name)}</td>
<td>${escape(entry.action ?? '—')}</td><td>${escape(entry.trigger)}</td>
<td class="${entry.outcome === 'ok' || entry.outcome === 'running' ? '' : 'bad'}">${escape(entry.outcome)}</td>
<td class="n">${entry.durationMs ?? '…'}</td><td class="n">${entry.dbOps}</td>
<td class="n">${entry.docsExamined}</td><td class="n">${entry.wxCalls}</td>
<td class="n">${entry.storageCalls}</td><td class="n">${entry.replyBytes}</td>
<td class="muted">${escape(entry.requestId)}</td></tr>`,
    )
    .join('');
  const timers = sources.timers
    .list()
    .map(
      (timer) => `<tr><td>${escape(timer.functionName)}</td><td>${escape(timer.triggerName)}</td>
<td><code>${escape(timer.config)}</code></td><td>${escape(timer.next?.toISOString() ?? '—')}</td></tr>`,
    )
    .join('');
  const outbox = sources.wechat.outbox
    .slice(-20)
    .reverse()
    .map(
      (message) => `<tr><td>${escape(message.sentAt.toISOString())}</td><td>${escape(message.touser)}</td>
<td>${escape(message.template_id)}</td><td><pre>${escape(JSON.stringify(message.data, null, 1))}</pre></td></tr>`,
    )
    .join('');
  const none = (columns: number, text: string) => `<tr><td colspan="${columns}" class="muted">${text}</td></tr>`;
  return page(
    'Local cloud data',
    `<p class="muted">Read-only. Times are UTC. <a href="/_emulator/invocations">Invocations as JSON</a></p>
<h2>Collections</h2><table><tr><th>Collection</th><th>Documents</th><th>Indexes</th></tr>
${collections || none(3, 'No collections are declared yet.')}</table>
<h2>Recent invocations (${sources.journal.inFlight()} running)</h2>
<table><tr><th>Started</th><th>Function</th><th>Action</th><th>Trigger</th><th>Outcome</th><th>ms</th>
<th>DB ops</th><th>Docs read</th><th>WeChat</th><th>Storage</th><th>Reply bytes</th><th>Request id</th></tr>
${invocations || none(12, 'Nothing has run yet.')}</table>
<h2>Timer triggers</h2><table><tr><th>Function</th><th>Trigger</th><th>Schedule</th><th>Next (UTC)</th></tr>
${timers || none(4, 'No timer triggers are declared in cloudbaserc.json.')}</table>
<h2>Subscribe messages sent</h2><table><tr><th>Sent</th><th>To</th><th>Template</th><th>Data</th></tr>
${outbox || none(4, 'None yet.')}</table>`,
  );
}

function collectionPage(sources: DataBrowserSources, name: string, pageNumber: number): string | undefined {
  const { store } = sources.database;
  if (!store.names().includes(name)) return undefined;
  const docs = [...store.collection(name).docs.values()].sort((a, b) => (a._id < b._id ? -1 : 1));
  const pages = Math.max(1, Math.ceil(docs.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, pageNumber), pages);
  const rows = docs
    .slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
    .map((doc) => `<tr><td><pre>${escape(JSON.stringify(doc, null, 2))}</pre></td></tr>`)
    .join('');
  const link = (n: number, text: string) =>
    n >= 1 && n <= pages && n !== current
      ? `<a href="/_emulator/collections/${encodeURIComponent(name)}?page=${n}">${text}</a>`
      : `<span class="muted">${text}</span>`;
  return page(
    `Collection ${name}`,
    `<p><a href="/_emulator/">← All collections</a> · ${docs.length} documents, sorted by _id ·
page ${current} of ${pages} · ${link(current - 1, 'previous')} · ${link(current + 1, 'next')}</p>
<table><tr><th>Document</th></tr>${rows || '<tr><td class="muted">This collection is empty.</td></tr>'}</table>`,
  );
}

export function dataBrowser(sources: DataBrowserSources) {
  return (req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean => {
    if (req.method !== 'GET') return false;
    let html: string | undefined;
    if (url.pathname === '/_emulator' || url.pathname === '/_emulator/') html = overview(sources);
    else {
      const match = /^\/_emulator\/collections\/([^/]+)$/.exec(url.pathname);
      if (!match) return false;
      html = collectionPage(sources, decodePathPart(match[1]!), Number(url.searchParams.get('page') ?? 1) || 1);
      if (!html) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('no such collection');
        return true;
      }
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
    return true;
  };
}

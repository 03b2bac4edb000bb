// A small read-only site on the local cloud's port (`/_emulator/`) so a developer can see what a flow wrote: the
// collections (queried with a filter and a sort, query-pages.ts) and one document as EJSON, the recent invocations
// with what each cost and each one's database requests in order, the timers and the WeChat outbox. Server-rendered
// HTML with no script: it must work whatever state the app is in.
import type http from 'node:http';
import { decodePathPart } from '../http-util';
import type { DatabaseService } from '../database/database-server';
import type { InvocationJournal } from '../functions/invocation-journal';
import type { TimerTriggers } from '../functions/timer-triggers';
import type { WeChatService } from '../wechat/wechat-service';
import { escape, none, page } from './html';
import { collectionPage, collectionQueryOf, documentPage } from './query-pages';

export interface DataBrowserSources {
  database: DatabaseService;
  journal: InvocationJournal;
  timers: TimerTriggers;
  wechat: WeChatService;
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
<td><a href="/_emulator/invocation/${encodeURIComponent(entry.requestId)}">${escape(entry.requestId)}</a></td></tr>`,
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

function invocationPage(journal: InvocationJournal, requestId: string): string | undefined {
  const entry = journal.get(requestId);
  if (!entry) return undefined;
  const rows = entry.ops
    .map(
      (op, i) => `<tr><td class="n">${i + 1}</td><td>${escape(op.kind)}</td><td>${escape(op.action)}</td>
<td>${op.collection ? `<a href="/_emulator/collections/${encodeURIComponent(op.collection)}">${escape(op.collection)}</a>` : '—'}</td>
<td class="n">${op.ms}</td><td class="n">${op.docsExamined}</td><td class="n">${op.replyBytes}</td></tr>`,
    )
    .join('');
  const dropped = entry.opsDropped ? `<p class="muted">…and ${entry.opsDropped} more, not kept.</p>` : '';
  return page(
    `${entry.name}${entry.action ? ` · ${entry.action}` : ''}`,
    `<p><a href="/_emulator/">← Overview</a> · ${escape(entry.requestId)} · started ${escape(entry.startedAt.toISOString())}
(UTC) · ${escape(entry.outcome)} · ${entry.durationMs ?? '…'} ms · ${entry.dbOps} database operations,
${entry.docsExamined} documents read, ${entry.wxCalls} WeChat calls, ${entry.storageCalls} storage calls</p>
<h2>Requests in order</h2><table><tr><th>#</th><th>Kind</th><th>Action</th><th>Collection</th><th>ms</th>
<th>Docs read</th><th>Reply bytes</th></tr>${rows || none(7, 'It made no requests.')}</table>${dropped}`,
  );
}

export function dataBrowser(sources: DataBrowserSources) {
  return (req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean => {
    if (req.method !== 'GET') return false;
    const send = (html: string | undefined) => {
      if (html === undefined) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
      return true;
    };
    if (url.pathname === '/_emulator' || url.pathname === '/_emulator/') return send(overview(sources));
    const invocation = /^\/_emulator\/invocation\/([^/]+)$/.exec(url.pathname);
    if (invocation) return send(invocationPage(sources.journal, decodePathPart(invocation[1]!)));
    const doc = /^\/_emulator\/collections\/([^/]+)\/docs\/([^/]+)$/.exec(url.pathname);
    if (doc) return send(documentPage(sources.database, decodePathPart(doc[1]!), decodePathPart(doc[2]!)));
    const collection = /^\/_emulator\/collections\/([^/]+)$/.exec(url.pathname);
    if (!collection) return false;
    return send(collectionPage(sources.database, decodePathPart(collection[1]!), collectionQueryOf(url)));
  };
}

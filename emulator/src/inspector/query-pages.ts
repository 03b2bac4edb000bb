// The data browser's collection pages: a query with a filter (the `where` JSON the SDK sends: EJSON, MongoDB
// operators, e.g. {"state":"active","since":{"$gte":{"$date":"2026-01-01T00:00:00Z"}}}) and a sort, answered by the
// database engine itself through the same read requests the SDK makes (get and count), so the page shows what a
// function's query would; and one document as EJSON. Read-only: nothing here sends a write.
import type { DatabaseService } from '../database/database-server';
import { escape, page, prettyEjson } from './html';

const PAGE_SIZE = 20;

export interface CollectionQuery {
  where: string;
  sort: string;
  descending: boolean;
  page: number;
}

export function collectionQueryOf(url: URL): CollectionQuery {
  return {
    where: (url.searchParams.get('where') ?? '').trim(),
    sort: (url.searchParams.get('sort') ?? '').trim() || '_id',
    descending: url.searchParams.get('dir') === 'desc',
    page: Math.max(1, Math.floor(Number(url.searchParams.get('page') ?? 1)) || 1),
  };
}

const hrefOf = (name: string, query: CollectionQuery, pageNumber: number) => {
  const params = new URLSearchParams({ sort: query.sort, dir: query.descending ? 'desc' : 'asc' });
  if (query.where) params.set('where', query.where);
  params.set('page', String(pageNumber));
  return `/_emulator/collections/${encodeURIComponent(name)}?${params.toString()}`;
};

const docHref = (name: string, id: unknown) =>
  `/_emulator/collections/${encodeURIComponent(name)}/docs/${encodeURIComponent(String(id))}`;

type Answer = { code?: string; message?: string; data?: { list?: string[]; total?: number } };

export function collectionPage(database: DatabaseService, name: string, query: CollectionQuery): string | undefined {
  if (!database.store.names().includes(name)) return undefined;
  const ask = (action: string, extra: Record<string, unknown>) =>
    database.answerBody({ action, collectionName: name, query: query.where || '{}', ...extra }) as Answer;
  const counted = ask('database.calculateDocument', {});
  const total = counted.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(query.page, pages);
  const found = counted.code
    ? counted
    : ask('database.getDocument', {
        order: JSON.stringify({ [query.sort]: query.descending ? -1 : 1 }),
        offset: (current - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
  const problem = found.code ? `<p class="bad">${escape(found.code)}: ${escape(found.message ?? '')}</p>` : '';
  const rows = (found.data?.list ?? [])
    .map((ejson) => {
      const id = (JSON.parse(ejson) as { _id?: unknown })._id;
      return `<tr><td><a href="${docHref(name, id)}">${escape(id)}</a></td><td><pre>${escape(prettyEjson(ejson))}</pre></td></tr>`;
    })
    .join('');
  const link = (n: number, text: string) =>
    n >= 1 && n <= pages && n !== current
      ? `<a href="${escape(hrefOf(name, query, n))}">${text}</a>`
      : `<span class="muted">${text}</span>`;
  const form = `<form method="get" action="/_emulator/collections/${encodeURIComponent(name)}">
<label>where (EJSON, as the SDK sends it)<textarea name="where" rows="2" placeholder='{"state":"active"}'>${escape(query.where)}</textarea></label>
<label>sort by<input name="sort" value="${escape(query.sort)}" size="14"></label>
<label>order<select name="dir"><option value="asc"${query.descending ? '' : ' selected'}>ascending</option>
<option value="desc"${query.descending ? ' selected' : ''}>descending</option></select></label>
<button type="submit">Query</button></form>`;
  return page(
    `Collection ${name}`,
    `<p><a href="/_emulator/">← All collections</a></p>${form}${problem}
<p>${total} ${query.where ? 'matching ' : ''}documents, sorted by ${escape(query.sort)}${query.descending ? ' (descending)' : ''} ·
page ${current} of ${pages} · ${link(current - 1, 'previous')} · ${link(current + 1, 'next')}</p>
<table><tr><th>_id</th><th>Document (EJSON)</th></tr>${rows || `<tr><td colspan="2" class="muted">${problem ? 'No answer.' : 'No documents.'}</td></tr>`}</table>`,
  );
}

export function documentPage(database: DatabaseService, name: string, id: string): string | undefined {
  if (!database.store.names().includes(name)) return undefined;
  const found = database.answerBody({
    action: 'database.getDocument',
    collectionName: name,
    query: JSON.stringify({ _id: id }),
    limit: 1,
  }) as Answer;
  const ejson = found.data?.list?.[0];
  if (!ejson) return undefined;
  return page(
    `${name} / ${id}`,
    `<p><a href="/_emulator/collections/${encodeURIComponent(name)}">← ${escape(name)}</a> · EJSON (relaxed), as the SDK receives it</p>
<pre>${escape(prettyEjson(ejson))}</pre>`,
  );
}

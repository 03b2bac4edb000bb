// The journal's own bookkeeping: costs charged to the right invocation, and every invocation handed to listeners as
// it ends even when the journal keeps fewer.
import { InvocationJournal, MAX_OPERATIONS, type Invocation } from './invocation-journal';

const started = (journal: InvocationJournal, requestId: string) =>
  journal.start({ requestId, name: 'vote', action: 'cast', trigger: 'wx', startedAt: new Date(0) });

describe('invocation journal', () => {
  it('charges operations, replies and documents read to the invocation that caused them, in order', () => {
    const journal = new InvocationJournal();
    const record = started(journal, 'r1');
    journal.charge('r1', 'db', 120, {
      action: 'database.getDocument',
      collection: 'votes',
      ms: 1.5,
      docsExamined: 7,
    });
    journal.charge('r1', 'wx', 30, { action: 'wx.api.msgSecCheck', ms: 0.2, docsExamined: 0 });
    journal.charge('r1', 'db', 30, {
      action: 'database.modifyDocument',
      collection: 'quotas',
      ms: 0.4,
      docsExamined: 1,
    });
    journal.charge(undefined, 'db', 999, { action: 'database.getDocument', ms: 1, docsExamined: 999 });
    journal.charge('nobody', 'db', 999, { action: 'database.getDocument', ms: 1, docsExamined: 999 });
    expect(record).toMatchObject({ dbOps: 2, wxCalls: 1, replyBytes: 180, docsExamined: 8, outcome: 'running' });
    expect(record.ops.map((op) => [op.kind, op.action, op.collection, op.replyBytes, op.docsExamined])).toEqual([
      ['db', 'database.getDocument', 'votes', 120, 7],
      ['wx', 'wx.api.msgSecCheck', undefined, 30, 0],
      ['db', 'database.modifyDocument', 'quotas', 30, 1],
    ]);
  });

  it('keeps the first MAX_OPERATIONS operations and counts the rest', () => {
    const journal = new InvocationJournal();
    const record = started(journal, 'r1');
    for (let i = 0; i < MAX_OPERATIONS + 5; i++)
      journal.charge('r1', 'db', 1, { action: 'database.insertDocument', collection: 'c', ms: 0, docsExamined: 0 });
    expect(record).toMatchObject({ dbOps: MAX_OPERATIONS + 5, opsDropped: 5 });
    expect(record.ops).toHaveLength(MAX_OPERATIONS);
  });

  it('hands every finished invocation to a listener, beyond its capacity, until the listener stops', () => {
    const journal = new InvocationJournal(2);
    const seen: Invocation[] = [];
    const stop = journal.onFinish((record) => seen.push(record));
    for (const id of ['a', 'b', 'c', 'd']) {
      const record = started(journal, id);
      journal.charge(id, 'db', 1, { action: 'database.getDocument', ms: 0, docsExamined: 2 });
      journal.finish(record, 'ok');
    }
    stop();
    journal.finish(started(journal, 'e'), 'ok');
    expect(seen.map((record) => [record.requestId, record.docsExamined])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
    expect(journal.recent().map((record) => record.requestId)).toEqual(['e', 'd']);
  });
});

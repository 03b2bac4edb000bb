// The journal's own bookkeeping: costs charged to the right invocation, and every invocation handed to listeners as
// it ends even when the journal keeps fewer.
import { InvocationJournal, type Invocation } from './invocation-journal';

const started = (journal: InvocationJournal, requestId: string) =>
  journal.start({ requestId, name: 'vote', action: 'cast', trigger: 'wx', startedAt: new Date(0) });

describe('invocation journal', () => {
  it('charges operations, replies and documents read to the invocation that caused them', () => {
    const journal = new InvocationJournal();
    const record = started(journal, 'r1');
    journal.charge('r1', 'db', 120);
    journal.examined('r1', 7);
    journal.charge('r1', 'db', 30);
    journal.examined('r1', 1);
    journal.charge(undefined, 'db', 999);
    journal.examined('nobody', 999);
    expect(record).toMatchObject({ dbOps: 2, replyBytes: 150, docsExamined: 8, outcome: 'running' });
  });

  it('hands every finished invocation to a listener, beyond its capacity, until the listener stops', () => {
    const journal = new InvocationJournal(2);
    const seen: Invocation[] = [];
    const stop = journal.onFinish((record) => seen.push(record));
    for (const id of ['a', 'b', 'c', 'd']) {
      const record = started(journal, id);
      journal.examined(id, 2);
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

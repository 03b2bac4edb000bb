// The pair texts WeChat holds for a person to decide, listed for staff: the checks of the `contentChecks` collection
// still under review whose owner is a pair (a goal, the grade's comment), a check's notes or a plan comment, walked
// by (status, owner.kind), each read with its pair and kept when the pair is in the caller's part of the tree. What
// a row names is what decidePairText takes, so the list and the decision cannot disagree.
import type { HeldPairText } from '../../src/shared/contracts/mentoring';
import { contentChecks, type TextCheckRecord } from '../content-security/checks';
import type { Db } from '../kit/db';
import { apprenticeChecks, mentorPlanComments, pairs, type PairRecord } from './agreement-records';
import { goalHoldKey } from './agreements';

/** The owner kinds the pair's texts are checked under (server/mentoring/held-texts.ts). */
export const PAIR_TEXT_OWNERS = ['apprenticeship', 'apprenticeCheck', 'mentorPlanComment'] as const;

/** Checks read per call: the oldest first; a longer queue shows the rest once these are decided. */
const LIST = 50;

type Found = Omit<HeldPairText, 'apprenticeshipId' | 'masterName' | 'apprenticeName' | 'trade' | 'heldAt'> & {
  pairId: string;
};

const GOAL_PREFIX = goalHoldKey('');

async function textOf(db: Db, check: TextCheckRecord): Promise<Found | null> {
  if (check.owner.kind === 'apprenticeCheck') {
    const record = await apprenticeChecks.byId(db, check.owner.id);
    return record ? { pairId: record.apprenticeship, text: 'check', id: record._id, content: record.notes } : null;
  }
  if (check.owner.kind === 'mentorPlanComment') {
    const record = await mentorPlanComments.byId(db, check.owner.id);
    return record ? { pairId: record.apprenticeship, text: 'comment', id: record._id, content: record.text } : null;
  }
  const pair = await pairs.byId(db, check.owner.id);
  if (!pair) return null;
  if (check.field === 'comment') {
    return { pairId: pair._id, text: 'ending', id: null, content: pair.ended?.comment ?? '' };
  }
  if (!check.field.startsWith(GOAL_PREFIX)) return null;
  const goalId = check.field.slice(GOAL_PREFIX.length);
  const goal = [...(pair.proposal?.goals ?? []), ...(pair.agreed?.goals ?? [])].find((g) => g.goalId === goalId);
  return goal ? { pairId: pair._id, text: 'goal', id: goalId, content: goal.text } : null;
}

/** Held pair texts of the pairs under any of `scopeNodes` (the caller's top organisations), oldest first. */
export async function heldPairTexts(db: Db, scopeNodes: readonly string[]): Promise<HeldPairText[]> {
  const _ = db.command;
  const { data } = (await contentChecks
    .of(db)
    .where({ status: 'review', 'owner.kind': _.in([...PAIR_TEXT_OWNERS]) })
    .orderBy('createdAt', 'asc')
    .limit(LIST)
    .get()) as { data: TextCheckRecord[] };
  const found = await Promise.all(data.map(async (check) => ({ check, text: await textOf(db, check) })));
  const pairIds = [...new Set(found.flatMap(({ text }) => (text ? [text.pairId] : [])))];
  const byId = new Map<string, PairRecord>();
  for (const pair of await Promise.all(pairIds.map((id) => pairs.byId(db, id)))) {
    if (pair) byId.set(pair._id, pair);
  }
  return found.flatMap(({ check, text }) => {
    const pair = text ? byId.get(text.pairId) : undefined;
    if (!text || !pair || !pair.orgPath.some((node) => scopeNodes.includes(node))) return [];
    const { pairId: _pairId, ...row } = text;
    return [
      {
        apprenticeshipId: pair._id,
        masterName: pair.masterName,
        apprenticeName: pair.apprenticeName,
        trade: pair.trade,
        ...row,
        heldAt: check.createdAt.toISOString(),
      },
    ];
  });
}

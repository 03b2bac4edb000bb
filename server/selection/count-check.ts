// The check of every stored figure that feeds a published number, recomputed from what it is made of:
// - each candidate's `votes` and `weighted` tallies, from the counted votes themselves;
// - each voter's day: its counted votes may not exceed the quota it was charged (`used`) nor name a candidate it
//   did not reserve (what a replayed request id once produced);
// - each expert score's total, from its points;
// - once the result is out, every frozen result row (votes, normalised vote points, expert mean, combined, rank),
//   from the recounted tallies and the scores of the experts still on the panel.
// 结果产生 refuses to run while any difference stands; `rebuildCounts` is the organisers' repair for the honest
// ones (a call that died after storing its vote and was never retried). The whole check is a handful of
// aggregates and page reads, whatever the number of votes.
import type * as z from 'zod';
import type { countDifferenceSchema } from '../../src/shared/contracts/selection/integrity';
import { rankCategory, type RankedRow } from '../../src/shared/selection/ranking';
import { AppError } from '../kit/app-error';
import { scoreTotal } from '../../src/shared/selection/scores';
import type { Db } from '../kit/db';
import { campaignExperts } from '../people/grants';
import { campaigns as campaignsCollection, type CampaignRecord } from './campaigns';
import { candidates as candidatesCollection, type CandidateRecord } from './candidates';
import { countedScores, scores as scoresCollection, type ScoreRecord } from './scores';
import { voterDays } from './voter-days';
import { votes as votesCollection } from './votes';

/** A figure that differs: what it belongs to (a candidate, a voter's day, a score, a result row), as read. */
export type CountDifference = z.infer<typeof countDifferenceSchema>;

export interface CountCheck {
  candidates: number;
  countedVotes: number;
  differences: CountDifference[];
}

export interface Tally {
  votes: number;
  weighted: number;
}

/** Weights are decimals (0.5 for WeChat's rank 3); a sum is compared at a precision no tally can reach honestly. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const PAGE = 1000;

/** Every candidate's counted votes and their weights' sum, from the votes (one aggregate). */
export async function recountTallies(db: Db, campaignId: string): Promise<Map<string, Tally>> {
  const $ = db.command.aggregate;
  const { data } = (await votesCollection
    .of(db)
    .aggregate()
    .match({ campaignId, counted: true })
    .group({ _id: '$candidateId', votes: $.sum(1), weighted: $.sum('$weight') })
    .limit(PAGE)
    .end()) as unknown as { data: Array<{ _id: string; votes: number; weighted: number }> };
  return new Map(data.map((row) => [row._id, { votes: row.votes, weighted: row.weighted }]));
}

interface SuspectDay {
  dayId: string;
  day: string;
  voter: string;
  /** Counted votes stored for the day, and for whom. */
  n: number;
  candidates: string[];
  /** What the day record charged: its quota used and the candidates it reserved (0 and none without a record). */
  used: number;
  reserved: string[];
}

/**
 * The voter days whose counted votes exceed the quota they were charged or name a candidate they never reserved,
 * in one aggregate that returns only those: votes grouped by voter and day, joined to their day records by id, and
 * compared in the pipeline. Reading every day and every vote page by page instead took minutes at 100,000 votes.
 */
async function suspectDays(db: Db, campaignId: string): Promise<SuspectDay[]> {
  const $ = db.command.aggregate;
  const { data } = (await votesCollection
    .of(db)
    .aggregate()
    .match({ campaignId, counted: true })
    .group({ _id: { day: '$day', voter: '$voter' }, n: $.sum(1), candidates: $.addToSet('$candidateId') })
    .addFields({ dayId: $.concat([`${campaignId}.`, '$_id.day', '.', '$_id.voter']) })
    .lookup({ from: voterDays.name, localField: 'dayId', foreignField: '_id', as: 'charged' })
    .addFields({
      used: $.ifNull([$.arrayElemAt(['$charged.used', 0]), 0]),
      reserved: $.ifNull([$.arrayElemAt(['$charged.candidates', 0]), []]),
    })
    .addFields({ suspect: $.or([$.gt(['$n', '$used']), $.not([$.setIsSubset(['$candidates', '$reserved'])])]) })
    .match({ suspect: true })
    .project({ _id: 0, dayId: 1, day: '$_id.day', voter: '$_id.voter', n: 1, candidates: 1, used: 1, reserved: 1 })
    .sort({ dayId: 1 })
    .limit(PAGE)
    .end()) as unknown as { data: SuspectDay[] };
  return data;
}

function tallyDifferences(list: CandidateRecord[], recounted: Map<string, Tally>): CountDifference[] {
  const found: CountDifference[] = [];
  for (const candidate of list) {
    const tally = recounted.get(candidate._id) ?? { votes: 0, weighted: 0 };
    if (!same(candidate.votes ?? 0, tally.votes)) {
      found.push({
        figure: 'votes',
        subjectId: candidate._id,
        label: `${candidate.name} · 票数`,
        stored: candidate.votes ?? 0,
        recounted: tally.votes,
      });
    }
    if (!same(candidate.weighted ?? 0, tally.weighted)) {
      found.push({
        figure: 'weighted',
        subjectId: candidate._id,
        label: `${candidate.name} · 加权票数`,
        stored: candidate.weighted ?? 0,
        recounted: tally.weighted,
      });
    }
  }
  return found;
}

function dayDifferences(days: SuspectDay[], names: Map<string, string>): CountDifference[] {
  const found: CountDifference[] = [];
  for (const day of days) {
    const who = `投票账号 ${day.voter.slice(0, 8)} · ${day.day}`;
    if (day.n > day.used) {
      found.push({
        figure: 'voterDay',
        subjectId: day.dayId,
        label: `${who} · 当日有效票`,
        stored: day.used,
        recounted: day.n,
      });
    }
    const reserved = new Set(day.reserved);
    for (const candidateId of day.candidates.filter((id) => !reserved.has(id)).sort()) {
      found.push({
        figure: 'voterDayCandidate',
        subjectId: `${day.dayId}.${candidateId}`,
        label: `${who} · 投给${names.get(candidateId) ?? candidateId}的票未经当日配额`,
        stored: 0,
        recounted: 1,
      });
    }
  }
  return found;
}

function scoreDifferences(list: ScoreRecord[], names: Map<string, string>): CountDifference[] {
  return list
    .filter((score) => !same(score.total, scoreTotal(score.points)))
    .map((score) => ({
      figure: 'score' as const,
      subjectId: score._id,
      label: `${score.expertName}对${names.get(score.candidateId) ?? score.candidateId}的评分 · 总分`,
      stored: score.total,
      recounted: scoreTotal(score.points),
    }));
}

const resultFigures: Array<[keyof RankedRow, string]> = [
  ['votes', '票数'],
  ['votePoints', '投票得分'],
  ['expertMean', '专家平均分'],
  ['combined', '综合得分'],
  ['rank', '名次'],
];

function resultDifferences(
  campaign: CampaignRecord,
  recomputed: NonNullable<CampaignRecord['results']>,
): CountDifference[] {
  const found: CountDifference[] = [];
  for (const category of campaign.results?.categories ?? []) {
    const name = campaign.categories.find((entry) => entry.id === category.id)?.name ?? category.id;
    const fresh = new Map(
      (recomputed.categories.find((entry) => entry.id === category.id)?.rows ?? []).map((row) => {
        const ranked = row as RankedRow;
        return [ranked.candidateId, ranked];
      }),
    );
    for (const row of category.rows as RankedRow[]) {
      const again = fresh.get(row.candidateId);
      for (const [figure, label] of resultFigures) {
        const stored = Number(row[figure]);
        const recounted = again ? Number(again[figure]) : 0;
        if (same(stored, recounted)) continue;
        found.push({
          figure: 'result',
          subjectId: `${category.id}.${row.candidateId}.${figure}`,
          label: `评选结果 · ${name} · ${row.name} · ${label}`,
          stored,
          recounted,
        });
      }
    }
  }
  return found;
}

/**
 * The result as the ranking rules make it from `tallies` (recounted or stored), the approved candidates and the
 * scores of the experts whose grant is active. `unfinished` lists experts who have not scored every candidate.
 */
export async function rankedResult(
  db: Db,
  campaign: CampaignRecord,
  now: Date,
  options: { tallies?: Map<string, Tally>; without?: string } = {},
): Promise<{ results: NonNullable<CampaignRecord['results']>; experts: number; unfinished: number }> {
  const approved = (await candidatesCollection.readAll(db, { campaignId: campaign._id, status: 'approved' })).filter(
    (candidate) => candidate._id !== options.without,
  );
  const experts = await campaignExperts(db, campaign._id);
  const scores = countedScores(
    await scoresCollection.readAll(db, { campaignId: campaign._id }),
    approved.map((candidate) => candidate._id),
    experts.keys(),
  );
  const unfinished = [...experts.keys()].filter(
    (expert) => scores.filter((score) => score.expertId === expert).length < approved.length,
  ).length;
  const tallyOf = (candidate: CandidateRecord) =>
    options.tallies?.get(candidate._id) ??
    (options.tallies
      ? { votes: 0, weighted: 0 }
      : { votes: candidate.votes ?? 0, weighted: candidate.weighted ?? 0 });
  return {
    experts: experts.size,
    unfinished,
    results: {
      computedAt: now,
      categories: campaign.categories.map((category) => ({
        id: category.id,
        rows: rankCategory(
          approved
            .filter((candidate) => candidate.categoryId === category.id)
            .map((candidate) => ({
              candidateId: candidate._id,
              name: candidate.name,
              enterprise: candidate.enterprise,
              ...tallyOf(candidate),
              expertTotals: scores
                .filter((score) => score.candidateId === candidate._id)
                .map((score) => scoreTotal(score.points)),
            })),
          campaign.rules.publicWeight,
          category.places,
        ),
      })),
    },
  };
}

/** The check, with the candidates as read and the recounted tallies it was made from (for the rebuild). */
async function measure(
  db: Db,
  campaign: CampaignRecord,
  now: Date,
): Promise<{ check: CountCheck; stored: CandidateRecord[]; recounted: Map<string, Tally> }> {
  const campaignId = campaign._id;
  const [stored, recounted, days, scores] = await Promise.all([
    candidatesCollection.readAll(db, { campaignId }),
    recountTallies(db, campaignId),
    suspectDays(db, campaignId),
    scoresCollection.readAll(db, { campaignId }),
  ]);
  const names = new Map(stored.map((candidate) => [candidate._id, candidate.name]));
  const differences = [
    ...tallyDifferences(stored, recounted),
    ...dayDifferences(days, names),
    ...scoreDifferences(scores, names),
  ];
  if (campaign.results) {
    const { results } = await rankedResult(db, campaign, now, { tallies: recounted });
    differences.push(...resultDifferences(campaign, results));
  }
  const countedVotes = [...recounted.values()].reduce((sum, tally) => sum + tally.votes, 0);
  return { check: { candidates: stored.length, countedVotes, differences }, stored, recounted };
}

/** Recomputes every figure of `campaign` and lists each stored one that differs. */
export async function checkCounts(db: Db, campaign: CampaignRecord, now: Date): Promise<CountCheck> {
  return (await measure(db, campaign, now)).check;
}

/** `林海 · 票数（记录 60，重算 58）等 3 项`: what a refusal names. */
export function describeDifferences(differences: readonly CountDifference[], shown = 3): string {
  const named = differences
    .slice(0, shown)
    .map((row) => `${row.label}（记录 ${row.stored}，重算 ${row.recounted}）`)
    .join('；');
  return differences.length > shown ? `${named} 等${differences.length}项` : named;
}

/** 结果产生 refused because stored figures differ from the recount; carries them for the hold the timer records. */
export class CountMismatch extends AppError {
  constructor(readonly differences: CountDifference[]) {
    super(
      'CONFLICT',
      `计票核对发现${differences.length}处不一致，暂不能产生结果：${describeDifferences(differences)}。` +
        '请在投票监督中核查，或按投票记录重算',
    );
  }
}

/**
 * 按投票记录重算: sets each differing tally and score total to its recount, then ranks a frozen result again from
 * the repaired figures. Each write is conditional on the figure it read, so a tally that moved meanwhile (a void by
 * a colleague) is left alone and stays in what the next check reports. Voter days are not repaired: a day with
 * votes beyond its quota needs those votes voided, which only a person decides.
 */
export async function rebuildCounts(
  db: Db,
  campaign: CampaignRecord,
  now: Date,
): Promise<{ before: CountDifference[]; repaired: number; after: CountCheck }> {
  const { check, stored, recounted } = await measure(db, campaign, now);
  const before = check.differences;
  let repaired = 0;
  const tallied = new Set(
    before.filter((row) => row.figure === 'votes' || row.figure === 'weighted').map((row) => row.subjectId),
  );
  for (const candidate of stored.filter((entry) => tallied.has(entry._id))) {
    const tally = recounted.get(candidate._id) ?? { votes: 0, weighted: 0 };
    const moved = await candidatesCollection
      .of(db)
      .where({ _id: candidate._id, votes: candidate.votes ?? 0, weighted: candidate.weighted ?? 0 })
      .update({ votes: tally.votes, weighted: tally.weighted });
    repaired += moved.updated;
  }
  for (const row of before.filter((entry) => entry.figure === 'score')) {
    const moved = await scoresCollection
      .of(db)
      .where({ _id: row.subjectId, total: row.stored })
      .update({ total: row.recounted });
    repaired += moved.updated;
  }
  if (campaign.results && before.some((row) => row.figure !== 'voterDay' && row.figure !== 'voterDayCandidate')) {
    const { results } = await rankedResult(db, campaign, now);
    const moved = await campaignsCollection
      .of(db)
      .where({ _id: campaign._id, stage: campaign.stage })
      .update({ results });
    repaired += moved.updated;
  }
  const fresh = (await campaignsCollection.byId(db, campaign._id)) ?? campaign;
  const after = await checkCounts(db, fresh, now);
  if (after.differences.length === 0 && fresh.countHold) {
    await campaignsCollection.of(db).doc(campaign._id).update({ countHold: null });
  }
  return { before, repaired, after };
}

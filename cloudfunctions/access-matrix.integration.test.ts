// The role × action matrix (issue 4): every action of every guarded function (account, union, selection, vote, activity, contest, mentoring), called over HTTP by every kind of
// caller against targets in org-jinggong's subtree, compared with outcomes written out by hand below. The access
// table (src/shared/people/access.ts) is deliberately not read for the expectations: that would only compare the
// table with itself. The run also checks that no answer carries an unmasked phone or ID number except the owner's
// `account.myPersonal` and staff's `union.revealPersonal`, that a forged request body changes nobody's identity, and
// that no caller gets through to the message-push function (content-verdict), which only the platform invokes.
//
// The functions run from their built bundles: `npm run build:functions` first (npm test does).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoSeeds } from '../database/seed';
import { startLocalCloud, type LocalCloud } from 'cloudbase-local';
import { localAdminApp } from 'cloudbase-local/admin-app';
import { LOCAL_SUBSCRIBE_TEMPLATES, seedOnce } from '../scripts/local-data';
import { decryptPersonal, generateKey } from '../server/people/personal-crypto';
import { generateCheckInSecret } from '../server/check-in/check-in-codes';
import type { UserRecord } from '../server/people/users';
import { accountContract, type Me } from '../src/shared/contracts/account';
import { contestContract } from '../src/shared/contracts/contest';
import { mentoringContract } from '../src/shared/contracts/mentoring';
import { activityContract } from '../src/shared/contracts/activity';
import type { ActionInput, ActionName, ActionOutput, Contract } from '../src/shared/contracts/contract';
import { selectionContract } from '../src/shared/contracts/selection';
import { voteContract } from '../src/shared/contracts/vote';
import { addDays, beijingDay, beijingYear } from '../src/shared/time/beijing';
import { addMonths } from '../src/shared/mentoring/agreement';
import { demoUserIdOf } from '../database/seed/people';
import { unionContract } from '../src/shared/contracts/union';
import { defaultVotingRules } from '../src/shared/selection/rules';
import { scheduledStages } from '../src/shared/selection/stages';
import { accessTable } from '../src/shared/people/access';
import { PRIVACY_TERMS_VERSION } from '../src/shared/people/vocabulary';
import { testStartInstant } from '../test-support/seeded-cloud';
import { candidateRecord } from '../test-support/selection-records';

jest.setTimeout(300_000);
const CONCURRENT_CELLS = 8;

// ---------------------------------------------------------------------------------------------------------------
// Callers (the matrix's columns). Short keys keep every row of expectations on one line:
//   public   persona-public            an openid with no record and no profile
//   worker   persona-worker            worker at org-jinggong
//   model    persona-model-worker      model worker at org-jinggong
//   ent      persona-enterprise-staff  staff of org-jinggong (the targets' own node)
//   district persona-district-staff    staff of org-dongcheng (org-jinggong's parent: "over" the targets)
//   xihu     demo-staff-xihu           staff of org-xihu (another district: never over the targets)
//   city     persona-city-staff        staff of org-city (the root)
//   expert   persona-expert            expert for the demo campaign, no staff grant
const callers = {
  public: 'persona-public',
  worker: 'persona-worker',
  model: 'persona-model-worker',
  ent: 'persona-enterprise-staff',
  district: 'persona-district-staff',
  xihu: 'demo-staff-xihu',
  city: 'persona-city-staff',
  expert: 'persona-expert',
} as const;
type Who = keyof typeof callers;
const everyone = Object.keys(callers) as Who[];

/** Each persona's enterprise as seeded (setups use it to pick an enterprise the caller is, or is not, in). */
const enterpriseOf: Record<Who, string | null> = {
  public: null,
  worker: 'org-jinggong',
  model: 'org-jinggong',
  ent: 'org-jinggong',
  district: 'org-power',
  xihu: 'org-build',
  city: 'org-heavy',
  expert: 'org-heavy',
};
/** The staff node of each staff persona (for the "own node" rows). */
const staffNodeOf: Partial<Record<Who, string>> = {
  ent: 'org-jinggong',
  district: 'org-dongcheng',
  xihu: 'org-xihu',
  city: 'org-city',
};
/** org-jinggong and its ancestors, root first, as the demo city seeds them. */
const JINGGONG_PATH = ['org-city', 'org-dongcheng', 'org-jinggong'];

// Outcomes: 'ok', an error code (F = FORBIDDEN, C = CONFLICT), or 'ok:hidden' — answered, but the org-jinggong
// side of the city is out of the caller's scope and absent from the answer (rows with a `sees` probe; for them 'ok'
// means it is present).
const ok = 'ok';
const hidden = 'ok:hidden';
const F = 'FORBIDDEN';
const C = 'CONFLICT';
const I = 'INVALID_INPUT';
type Outcome = string;
type Expectations = Record<Who, Outcome>;

// ---------------------------------------------------------------------------------------------------------------
// The local cloud, as `npm start` has it on first start (in memory), and how the test talks to it.

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; field?: string } };

let cloud: LocalCloud;
let admin: ReturnType<typeof localAdminApp>;
const users = () => admin.database().collection('users');

async function post(fn: string, body: Record<string, unknown>, openid: string): Promise<Answer> {
  const response = await fetch(`${cloud.url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) {
    throw new Error(`${fn}.${String(body.action)}: HTTP ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as Answer;
}

const call = (fn: string, action: string, input: unknown, openid: string) => post(fn, { action, input }, openid);

/** A setup step that must work; its failure is the test's bug, not an outcome. */
async function must<T = unknown>(fn: string, action: string, input: unknown, openid: string): Promise<T> {
  const answer = await call(fn, action, input, openid);
  if (!answer.ok) throw new Error(`setup ${fn}.${action} as ${openid}: ${answer.error.code} ${answer.error.message}`);
  return answer.data as T;
}

// ---------------------------------------------------------------------------------------------------------------
// Personal numbers in plain text, by user id: every seeded person's (decrypted from the users collection with the
// functions' key) and every fresh person's the setups create. No answer may carry one, with the two exceptions.

const plain = new Map<string, { openid: string; values: string[] }>();
const plainByOpenid = (openid: string) => [...plain.values()].find((entry) => entry.openid === openid)?.values ?? [];

async function readSeededPlaintext(): Promise<void> {
  const { data } = (await users().limit(1000).get()) as { data: UserRecord[] };
  for (const user of data) {
    const values = [user.profile?.phone, user.profile?.idNumber]
      .filter((field) => !!field)
      .map((field) => decryptPersonal(field!.sealed));
    plain.set(user._id, { openid: user.openid, values });
  }
}

/** A valid 18-character ID number in the fictional region 990102 (the seed uses 990101). */
function idNumberFor(n: number): string {
  const body = `99010219900115${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11]!;
}

let serial = 0;
const invites: Record<'org-jinggong' | 'org-power', string> = { 'org-jinggong': '', 'org-power': '' };

interface Fresh {
  openid: string;
  userId: string;
  phone: string;
  requestId: string | null;
}

/**
 * A new person made the way the app makes one (consent, profile with phone and ID number), who then either joins
 * org-jinggong through an invite or asks to join it.
 */
async function freshPerson(join: 'member' | 'applicant'): Promise<Fresh> {
  const n = ++serial;
  const openid = `matrix-person-${n}`;
  const phone = `1370000${String(n).padStart(4, '0')}`;
  const idNumber = idNumberFor(n);
  await must('account', 'consent', { version: PRIVACY_TERMS_VERSION }, openid);
  const me = await must<{ userId: string }>(
    'account',
    'saveProfile',
    { realName: `矩阵${n}号`, trade: 'fitter', skillLevel: 'junior', phone, idNumber },
    openid,
  );
  plain.set(me.userId, { openid, values: [phone, idNumber] });
  if (join === 'member') {
    await must('account', 'acceptInvite', { token: invites['org-jinggong'] }, openid);
    return { openid, userId: me.userId, phone, requestId: null };
  }
  const asked = await must<{ membership: { pending: { requestId: string } } }>(
    'account',
    'requestJoin',
    { orgId: 'org-jinggong' },
    openid,
  );
  return { openid, userId: me.userId, phone, requestId: asked.membership.pending.requestId };
}

/** A grant the city staff give a fresh member of org-jinggong, for revokeRole to take back. */
async function freshGrant(role: 'staff' | 'expert'): Promise<string> {
  const person = await freshPerson('member');
  const input =
    role === 'staff'
      ? { role, userId: person.userId, orgId: 'org-jinggong', reason: '矩阵测试准备' }
      : { role, userId: person.userId, campaignId: await draftCampaign(), reason: '矩阵测试准备' };
  return (await must<{ id: string }>('union', 'grantRole', input, callers.city)).id;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows. `phase` says when a row runs: 'write' rows act on fresh targets and run first, all at once; 'read' rows
// then run all at once over the changed city (so the masking check also sees reveals, grants and decisions);
// 'self' rows change the caller's own record, so they run one row at a time and each caller's record is put back
// afterwards — a persona's state must not leak from one row into the next. 'last' rows would damage the demo city
// if the server got them wrong (retiring a seeded node), so nothing runs after them that such damage could skew.

interface Row {
  fn: string;
  action: string;
  variant?: string;
  phase: 'write' | 'read' | 'self' | 'last';
  setup(who: Who): Promise<unknown>;
  /** For scoped reads: whether the answer shows the org-jinggong side of the city. */
  sees?(data: unknown): boolean;
  /** Further checks of a successful answer; a message is a failure. */
  check?(who: Who, data: unknown, input: unknown): string | undefined;
  /** Undoes what a successful call did to the caller beyond their user record. */
  cleanup?(who: Who): Promise<void>;
  expect: Expectations;
}

interface RowSpec<C extends Contract, A extends ActionName<C>> {
  variant?: string;
  phase: Row['phase'];
  input?: ActionInput<C, A>;
  setup?(who: Who): Promise<ActionInput<C, A>>;
  sees?(data: ActionOutput<C, A>): boolean;
  check?(who: Who, data: ActionOutput<C, A>, input: ActionInput<C, A>): string | undefined;
  cleanup?(who: Who): Promise<void>;
  expect: Expectations;
}

/** A row whose input and answer are typed by the action's contract. */
function row<C extends Contract, A extends ActionName<C>>(contract: C, action: A, spec: RowSpec<C, A>): Row {
  const { input, setup, sees, check, ...rest } = spec;
  return {
    fn: contract.name,
    action,
    ...rest,
    setup: setup ?? (async () => input ?? {}),
    sees: sees as Row['sees'],
    check: check as Row['check'],
  };
}

const account = <A extends ActionName<typeof accountContract>>(action: A, spec: RowSpec<typeof accountContract, A>) =>
  row(accountContract, action, spec);
const union = <A extends ActionName<typeof unionContract>>(action: A, spec: RowSpec<typeof unionContract, A>) =>
  row(unionContract, action, spec);
const selection = <A extends ActionName<typeof selectionContract>>(
  action: A,
  spec: RowSpec<typeof selectionContract, A>,
) => row(selectionContract, action, spec);

// ----- selection fixtures: campaigns made by the city staff, shared where a row only reads them -----
const DAY = 86_400_000;

// ----- contest fixtures: an enterprise contest of org-jinggong and a city contest, registration open -----
const contest = <A extends ActionName<typeof contestContract>>(action: A, spec: RowSpec<typeof contestContract, A>) =>
  row(contestContract, action, spec);
const contestInput = (level: 'enterprise' | 'city', review = false) => {
  const at = cloud.clock.nowMs();
  return {
    title: `矩阵技能比赛${++serial}`,
    level,
    trade: 'fitter' as const,
    description: '',
    venue: '矩阵实训基地',
    poster: null,
    schedule: {
      opensAt: new Date(at - DAY).toISOString(),
      closesAt: new Date(at + 2 * DAY).toISOString(),
      cancelBy: new Date(at + 2 * DAY).toISOString(),
      day: beijingDay(new Date(at + 5 * DAY)),
    },
    entry: { kind: 'individual' as const, teamMin: 1, teamMax: 1 },
    capacity: 500,
    review,
    weighting: { theory: 30, practical: 70 },
    awards: 3,
    eligibility: { age: null, trades: [], orgIds: [], frontlineOnly: false, excludedHonours: [] },
    fields: [],
  };
};
const contestOnce = (orgId: string, by: string, level: 'enterprise' | 'city', review = false) => {
  let made: Promise<{ contestId: string; fields: ReturnType<typeof contestInput> }> | undefined;
  return () =>
    (made ??= (async () => {
      const fields = contestInput(level, review);
      const view = await must<{ contestId: string }>('contest', 'createContest', { orgId, contest: fields }, by);
      return { contestId: view.contestId, fields };
    })());
};
const jinggongContest = contestOnce('org-jinggong', callers.ent, 'enterprise');
const reviewedContest = contestOnce('org-jinggong', callers.ent, 'enterprise', true);
const cityContest = contestOnce('org-city', callers.city, 'city');
const teamContestOnce = () => {
  let made: Promise<{ contestId: string }> | undefined;
  return () =>
    (made ??= (async () => {
      const fields = { ...contestInput('city'), entry: { kind: 'team' as const, teamMin: 2, teamMax: 20 } };
      return must<{ contestId: string }>(
        'contest',
        'createContest',
        { orgId: 'org-city', contest: fields },
        callers.city,
      );
    })());
};
// Callers form their own teams in the first; the second holds fresh captains' teams they read, leave or submit.
const cityTeamContest = teamContestOnce();
const joiningContest = teamContestOnce();
/** A team of a fresh captain (the caller is in no team of its contest). */
const freshTeam = async (inContest?: { contestId: string }) => {
  const captain = await freshPerson('member');
  const contestId = (inContest ?? (await joiningContest())).contestId;
  return must<{ teamId: string }>(
    'contest',
    'createTeam',
    { contestId, name: `矩阵队${++serial}`, answers: {} },
    captain.openid,
  );
};
let sharedTeam: Promise<{ teamId: string }> | undefined;
const matrixTeam = () => (sharedTeam ??= freshTeam());
const campaignInput = (orgId: string) =>
  ({
    orgId,
    title: `矩阵评选${++serial}`,
    categories: [{ name: '制造业', places: 2 }],
    schedule: Object.fromEntries(
      scheduledStages.map((stage, i) => [stage, new Date(cloud.clock.nowMs() + (i + 1) * DAY).toISOString()]),
    ),
    rules: defaultVotingRules,
    rubric: [{ criterion: '技能水平', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
  }) as ActionInput<typeof selectionContract, 'createCampaign'>;
const deeds =
  '矩阵测试用的先进事迹：扎根一线二十年，带徒三十余名，主持技术攻关十余项，为企业节约成本数百万元，多次获得表彰。';

/** A fresh org-dongcheng campaign in draft (a district campaign, so org-jinggong's staff are below it, not over). */
const draftCampaign = async () =>
  (await must<{ id: string }>('selection', 'createCampaign', campaignInput('org-dongcheng'), callers.city)).id;
async function moveTo(campaignId: string, from: string): Promise<void> {
  await must('selection', 'advanceStage', { campaignId, from, reason }, callers.city);
}
/** One city campaign open for nominations, shared by the rows that nominate into it. */
let openCampaign: Promise<string> | undefined;
const nominationCampaign = () =>
  (openCampaign ??= (async () => {
    const id = (await must<{ id: string }>('selection', 'createCampaign', campaignInput('org-city'), callers.city))
      .id;
    await moveTo(id, 'draft');
    return id;
  })());
/** A fresh member of org-jinggong nominated into the open campaign by `by`. */
async function freshNomination(by: Who, text = deeds): Promise<string> {
  const person = await freshPerson('member');
  const campaignId = await nominationCampaign();
  return (
    await must<{ id: string }>(
      'selection',
      'nominate',
      { campaignId, userId: person.userId, categoryId: 'k1', deeds: text, photoFileIds: [], honours: [] },
      callers[by],
    )
  ).id;
}
/** Text the WeChat stand-in holds for review (set in beforeAll). */
const HELD = '（矩阵待复核）';
const activity = <A extends ActionName<typeof activityContract>>(
  action: A,
  spec: RowSpec<typeof activityContract, A>,
) => row(activityContract, action, spec);

// ----- 十个一 fixtures: the worker's entries, made as the app makes them -----
const thisYear = () => beijingYear(cloud.clock.now());
const entryOf = (title = '矩阵测试记录') => ({
  entryId: `matrix${String(++serial).padStart(6, '0')}`,
  item: 4,
  date: beijingDay(cloud.clock.now()),
  title,
  place: '',
  partner: '',
  detail: '',
  photos: [] as string[],
});
/** An entry the worker (org-jinggong) logged, for the rows that act on someone's entry. */
async function workersEntry() {
  const input = entryOf();
  await must('activity', 'logEntry', input, callers.worker);
  return input;
}
const staffOverJinggong = { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F };
const everyProfile = { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok };
const vote = <A extends ActionName<typeof voteContract>>(action: A, spec: RowSpec<typeof voteContract, A>) =>
  row(voteContract, action, spec);

/**
 * A fresh campaign organised by `orgId` whose voting window contains now (it opened yesterday and closes in five
 * days), with one approved candidate: a fresh member of org-jinggong nominated by `nominator` and approved by
 * `reviewer`.
 */
async function campaignOpenForVoting(
  orgId: string,
  nominator: Who,
  reviewer: Who,
): Promise<{ campaignId: string; candidateId: string }> {
  const person = await freshPerson('member');
  const input = campaignInput(orgId);
  input.schedule = Object.fromEntries(
    scheduledStages.map((stage, i) => [
      stage,
      new Date(cloud.clock.nowMs() + [-4, -3, -2, -1, 5, 6, 7, 8][i]! * DAY).toISOString(),
    ]),
  ) as typeof input.schedule;
  const id = (await must<{ id: string }>('selection', 'createCampaign', input, callers.city)).id;
  await moveTo(id, 'draft');
  const candidate = await must<{ id: string }>(
    'selection',
    'nominate',
    { campaignId: id, userId: person.userId, categoryId: 'k1', deeds, photoFileIds: [], honours: [] },
    callers[nominator],
  );
  await must('selection', 'reviewNomination', { candidateId: candidate.id, decision: 'approve' }, callers[reviewer]);
  for (const from of ['nomination', 'review', 'published']) await moveTo(id, from);
  return { campaignId: id, candidateId: candidate.id };
}

/** One city campaign open for voting, shared by the vote rows. */
let votingCampaign: Promise<{ campaignId: string; candidateId: string }> | undefined;
const openForVoting = () => (votingCampaign ??= campaignOpenForVoting('org-city', 'district', 'city'));

/**
 * A district (org-dongcheng) campaign open for voting, made fresh for each caller of the rows that act on a
 * campaign's votes: its organisers are org-dongcheng's staff and those above them.
 */
const districtVoting = () => campaignOpenForVoting('org-dongcheng', 'ent', 'district');

/** A brushing flag on a fresh district campaign, written as the selection clock writes one. */
async function freshFlag(): Promise<string> {
  const { campaignId, candidateId } = await districtVoting();
  const id = `${candidateId}.burst.${cloud.clock.nowMs()}`;
  await admin
    .database()
    .collection('flags')
    .doc(id)
    .set({
      campaignId,
      candidateId,
      kind: 'burst',
      windowStart: new Date(cloud.clock.nowMs() - 600_000),
      windowEnd: new Date(cloud.clock.nowMs() + 600_000),
      raisedAt: cloud.clock.now(),
      evidence: { windowVotes: 60 },
      status: 'open',
      handledBy: null,
      handledAt: null,
      reason: null,
    });
  return id;
}

/** A district campaign in expert scoring, its one candidate not yet scored, with persona-expert on its panel. */
let scoringFixture: Promise<{ campaignId: string; candidateId: string }> | undefined;
const scoringCampaign = () => (scoringFixture ??= inScoring());

/** A fresh district campaign moved on to expert scoring, with persona-expert on its panel. */
async function inScoring(): Promise<{ campaignId: string; candidateId: string }> {
  const voting = await districtVoting();
  const expert = await must<{ userId: string }>('account', 'me', {}, callers.expert);
  await must(
    'union',
    'grantRole',
    { role: 'expert', userId: expert.userId, campaignId: voting.campaignId, reason },
    callers.city,
  );
  await moveTo(voting.campaignId, 'voting');
  return voting;
}

/** A district campaign whose result is out (its expert scored its one candidate). */
let resultFixture: Promise<string> | undefined;
const resultCampaign = () =>
  (resultFixture ??= (async () => {
    const scoring = await inScoring();
    await must('selection', 'submitScore', { ...scoring, points: [88] }, callers.expert);
    await moveTo(scoring.campaignId, 'scoring');
    return scoring.campaignId;
  })());

/** The result campaign moved on into its 公示 (objections are taken then). */
let publicityFixture: Promise<string> | undefined;
const publicityCampaign = () =>
  (publicityFixture ??= (async () => {
    const id = await resultCampaign();
    await moveTo(id, 'result');
    return id;
  })());
const objection = (campaignId: string) => ({
  campaignId,
  name: '矩阵异议人',
  contact: '13700009999',
  reason: '矩阵测试：事迹材料中的数据需要核实。',
});
/** A fresh objection, lodged by a member of the public, for answerObjection (`held`: its reason held for review). */
async function freshObjection(held = false): Promise<string> {
  const lodged = objection(await publicityCampaign());
  if (held) lodged.reason += HELD;
  return (await must<{ id: string }>('selection', 'lodgeObjection', lodged, `matrix-objector-${++serial}`)).id;
}

/**
 * The caller themselves nominated into the open city campaign, written as a colleague's nomination would store it
 * (by someone other than the caller, so only recusal stands between the caller and approving it).
 */
async function nominationOf(who: Who): Promise<string> {
  const me = await must<{ userId: string }>('account', 'me', {}, callers[who]);
  const { _id, ...record } = candidateRecord(await nominationCampaign(), me.userId, cloud.clock.now(), {
    status: 'submitted',
    nominatedBy: 'matrix-colleague',
  });
  await admin.database().collection('candidates').doc(_id).set(record);
  return _id;
}

/**
 * A district campaign in expert scoring whose one candidate is persona-expert, with persona-expert also on its
 * panel: the grant is written straight into the database, as one given before the panel and nominees were kept
 * apart would be, so the last line (no scoring oneself) is what stands.
 */
async function selfScoringCampaign(): Promise<{ campaignId: string; candidateId: string }> {
  const expert = await must<{ userId: string }>('account', 'me', {}, callers.expert);
  const id = (await must<{ id: string }>('selection', 'createCampaign', campaignInput('org-city'), callers.city)).id;
  const { _id: candidateId, ...candidate } = candidateRecord(id, expert.userId, cloud.clock.now());
  await admin.database().collection('candidates').doc(candidateId).set(candidate);
  await admin.database().collection('grants').doc(`${expert.userId}.expert.${id}`).set({
    userId: expert.userId,
    role: 'expert',
    orgId: null,
    orgPath: [],
    orgKind: null,
    campaignId: id,
    grantedBy: 'matrix',
    grantedAt: cloud.clock.now(),
    active: true,
    revokedAt: null,
  });
  await admin.database().collection('campaigns').doc(id).update({ stage: 'scoring' });
  return { campaignId: id, candidateId };
}

/** A published campaign with one approved candidate (for the public candidate page). */
let publishedCampaign: Promise<string> | undefined;
const approvedCandidate = () =>
  (publishedCampaign ??= (async () => {
    const person = await freshPerson('member');
    const id = (await must<{ id: string }>('selection', 'createCampaign', campaignInput('org-city'), callers.city))
      .id;
    await moveTo(id, 'draft');
    const candidate = await must<{ id: string }>(
      'selection',
      'nominate',
      { campaignId: id, userId: person.userId, categoryId: 'k1', deeds, photoFileIds: [], honours: [] },
      callers.district,
    );
    await must('selection', 'reviewNomination', { candidateId: candidate.id, decision: 'approve' }, callers.city);
    await moveTo(id, 'nomination');
    await moveTo(id, 'review');
    return candidate.id;
  })());

const reason = '矩阵测试';

// ----- mentoring fixtures: masters at org-jinggong designated by the city staff -----
const mentoring = <A extends ActionName<typeof mentoringContract>>(
  action: A,
  spec: RowSpec<typeof mentoringContract, A>,
) => row(mentoringContract, action, spec);
/** A fresh member of org-jinggong made a master (limit 5) by the city staff. */
async function freshMaster(): Promise<Fresh> {
  const person = await freshPerson('member');
  await must(
    'mentoring',
    'designateMaster',
    { userId: person.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason },
    callers.city,
  );
  return person;
}
let modelMasterMade: Promise<string> | undefined;
/**
 * The model-worker persona, a master with a studio in the demo city (database/seed/mentoring.ts): the one caller who
 * acts as a master in the rows.
 */
const modelMaster = () =>
  (modelMasterMade ??= (async () => {
    const me = await must<{ userId: string }>('account', 'me', {}, callers.model);
    await must('mentoring', 'studio', { studioId: me.userId }, callers.model);
    return me.userId;
  })());

// Pairs of the model master (room for the rows' pairs made first): with a fresh apprentice, or with the worker
// persona as apprentice (the one caller who acts as an apprentice in the rows).
let modelRoom: Promise<string> | undefined;
const roomyModelMaster = () =>
  (modelRoom ??= (async () => {
    const masterId = await modelMaster();
    await must('mentoring', 'setMasterLimit', { masterId, limit: 30, reason }, callers.city);
    return masterId;
  })());
const pairStart = () => beijingDay(cloud.clock.now());
const agreementFor = (apprenticeshipId: string) => ({
  apprenticeshipId,
  goals: [{ goalId: 'matrix-goal-1', text: '掌握精密装配', targetDate: pairStart() }],
  term: { start: pairStart(), end: addDays(addMonths(pairStart(), 12), -1) },
  cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
});
/** A fresh member paired with the model master; `agreed`: with an agreement in force. */
async function modelPair(agreed: boolean): Promise<{ id: string; apprentice: Fresh }> {
  const masterId = await roomyModelMaster();
  const apprentice = await freshPerson('member');
  const pair = await must<{ apprenticeshipId: string }>(
    'mentoring',
    'assignPair',
    { masterId, apprenticeId: apprentice.userId, reason },
    callers.city,
  );
  if (agreed) {
    await must('mentoring', 'proposeAgreement', agreementFor(pair.apprenticeshipId), callers.model);
    await must(
      'mentoring',
      'confirmAgreement',
      { apprenticeshipId: pair.apprenticeshipId, version: 1 },
      apprentice.openid,
    );
  }
  return { id: pair.apprenticeshipId, apprentice };
}
let workerPairMade: Promise<string> | undefined;
/** The worker persona apprenticed to the model master, with an agreement proposed and waiting for them. */
const workerPair = () =>
  (workerPairMade ??= (async () => {
    const masterId = await roomyModelMaster();
    const worker = await must<{ userId: string }>('account', 'me', {}, callers.worker);
    const pair = await must<{ apprenticeshipId: string }>(
      'mentoring',
      'assignPair',
      { masterId, apprenticeId: worker.userId, reason },
      callers.city,
    );
    await must('mentoring', 'proposeAgreement', agreementFor(pair.apprenticeshipId), callers.model);
    return pair.apprenticeshipId;
  })());
const sharedPairs: Partial<Record<string, Promise<{ id: string; apprentice: Fresh }>>> = {};
const sharedPlans: Partial<Record<string, Promise<unknown>>> = {};
/** One pair per row, for rows only the model master may act on (the others' refusals change nothing). */
const rowPair = (key: string, agreed: boolean) => (sharedPairs[key] ??= modelPair(agreed));
/** A session of the model master starting in `inMinutes` (check-in opens half an hour before the start). */
const sessionFields = (inMinutes: number, online = false) => {
  const start = cloud.clock.nowMs() + inMinutes * 60_000;
  return {
    kind: 'lecture' as const,
    lectureKind: online ? ('online' as const) : ('workshop' as const),
    title: '矩阵宣讲',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3_600_000).toISOString(),
    place: online ? null : '精工机械二号车间',
    link: online ? 'https://live.example.cn/matrix' : null,
    capacity: 500,
    audience: { kind: 'everyone' as const, orgId: null },
  };
};
const postSession = async (inMinutes = 120, online = false) => {
  await modelMaster();
  return (
    await must<{ sessionId: string }>(
      'mentoring',
      'postSession',
      { session: sessionFields(inMinutes, online) },
      callers.model,
    )
  ).sessionId;
};
let sessionsMade: Promise<{ later: string; now: string; online: string }> | undefined;
/** Shared sessions of the model master: one later today, one at a venue and one online with check-in open. */
const sharedSessions = () =>
  (sessionsMade ??= (async () => ({
    later: await postSession(),
    now: await postSession(10),
    online: await postSession(10, true),
  }))());
/** Signs `who` up for `sessionId` (not the public, who has no profile, nor the master, whose session it is). */
async function signedUp(who: Who, sessionId: string) {
  if (who !== 'public' && who !== 'model') await must('mentoring', 'signUpSession', { sessionId }, callers[who]);
  return sessionId;
}
const onlyModel = { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F };
const N = 'NOT_FOUND';
const signedUpCallers = { public: F, worker: ok, model: N, ent: ok, district: ok, xihu: ok, city: ok, expert: ok };

/** A message to someone who is none of the callers. */
const FOREIGN_MESSAGE = 'matrix-foreign-message';
async function foreignMessage(): Promise<string> {
  await admin.database().collection('messages').doc(FOREIGN_MESSAGE).set(messageTo('matrix-stranger'));
  return FOREIGN_MESSAGE;
}
/** A message to the caller `who`, unread. */
async function ownMessage(who: Who, purpose: string): Promise<string> {
  const id = `matrix-${purpose}-${who}`;
  await admin.database().collection('messages').doc(id).set(messageTo(callers[who]));
  return id;
}
const messageTo = (to: string) => ({
  to,
  kind: 'joinDecided',
  title: '矩阵消息',
  body: '矩阵消息',
  page: null,
  read: false,
  readAt: null,
  createdAt: cloud.clock.now(),
  push: 'none',
});
const otherEnterprise = (who: Who) => (enterpriseOf[who] === 'org-jinggong' ? 'org-power' : 'org-jinggong');
const profileOf = async (who: Who) => (await must<Me>('account', 'me', {}, callers[who])).profile;

const rows: Row[] = [
  // ----- account: what anyone does for themselves -----
  // The public's first call creates their record (still without a profile: they stay the public).
  account('me', {
    phase: 'read',
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  account('consent', {
    phase: 'self',
    input: { version: PRIVACY_TERMS_VERSION },
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // Saves the caller's profile unchanged (phone and ID number omitted: kept). The public have not consented to
  // the privacy terms, and consent comes before any personal field is saved: a state outcome, not a role one.
  account('saveProfile', {
    phase: 'self',
    setup: async (who) => {
      const profile = await profileOf(who);
      return profile
        ? { realName: profile.realName, trade: profile.trade, skillLevel: profile.skillLevel }
        : { realName: '路人甲', trade: 'fitter', skillLevel: 'junior' };
    },
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // The owner's own numbers; the public have no profile, so nothing to show.
  account('myPersonal', {
    phase: 'read',
    check: (who, data) => {
      const own = plainByOpenid(callers[who]);
      const got = [data.phone, data.idNumber].filter((value): value is string => value !== null);
      return got.length > 0 && got.every((value) => own.includes(value)) && data.phone !== null
        ? undefined
        : `expected the caller's own numbers, got ${JSON.stringify(data)}`;
    },
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  account('directory', {
    phase: 'read',
    input: {},
    sees: (data) => data.enterprises.some((org) => org.id === 'org-jinggong'),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // Asking to join needs a profile; a member asks for an enterprise other than their own.
  account('requestJoin', {
    variant: 'another enterprise',
    phase: 'self',
    setup: async (who) => ({ orgId: otherEnterprise(who) }),
    cleanup: async (who) => void (await must('account', 'cancelJoin', {}, callers[who])),
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // State, not role: everyone profiled is already a member of their own enterprise.
  account('requestJoin', {
    variant: 'own enterprise',
    phase: 'self',
    setup: async (who) => ({ orgId: enterpriseOf[who] ?? 'org-jinggong' }),
    expect: { public: F, worker: C, model: C, ent: C, district: C, xihu: C, city: C, expert: C },
  }),
  account('cancelJoin', {
    variant: 'a pending request',
    phase: 'self',
    setup: async (who) => {
      if (who !== 'public') await must('account', 'requestJoin', { orgId: otherEnterprise(who) }, callers[who]);
      return {};
    },
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // State, not role: nothing to cancel.
  account('cancelJoin', {
    variant: 'nothing pending',
    phase: 'self',
    input: {},
    expect: { public: F, worker: C, model: C, ent: C, district: C, xihu: C, city: C, expert: C },
  }),
  // What an invite is for: anyone who scanned it may see, profile or not.
  account('inviteInfo', {
    phase: 'read',
    setup: async () => ({ token: invites['org-jinggong'] }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // An invite made by staff for an enterprise the caller is not in; joining needs a profile.
  account('acceptInvite', {
    variant: 'another enterprise',
    phase: 'self',
    setup: async (who) => ({ token: invites[otherEnterprise(who)] }),
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),

  // ----- account: messages, the caller's own only -----
  account('subscribeTemplates', {
    phase: 'read',
    input: {},
    check: (_who, data) =>
      data.templates.length === 7 ? undefined : `expected 7 templates, got ${data.templates.length}`,
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  account('acceptSubscriptions', {
    phase: 'write',
    input: { templateIds: [LOCAL_SUBSCRIBE_TEMPLATES.JX_TMPL_JOIN_DECIDED!] },
    check: (_who, data) => (data.recorded.join() === 'joinDecided' ? undefined : `recorded ${data.recorded.join()}`),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // Everyone lists their own messages: never another person's.
  account('myMessages', {
    phase: 'read',
    setup: async (who) => {
      await foreignMessage();
      await ownMessage(who, 'listed');
      return {};
    },
    check: (who, data) =>
      data.messages.some((message) => message.id === FOREIGN_MESSAGE) ||
      !data.messages.some((message) => message.id === `matrix-listed-${who}`)
        ? `expected only the caller's own messages, got ${data.messages.map((message) => message.id).join()}`
        : undefined,
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  account('unreadMessages', {
    phase: 'read',
    input: {},
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  account('readMessage', {
    variant: 'own',
    phase: 'write',
    setup: async (who) => ({ messageId: await ownMessage(who, 'read') }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  // Another person's message is not there for the caller, whoever they are.
  account('readMessage', {
    variant: "another person's",
    phase: 'write',
    setup: async () => ({ messageId: await foreignMessage() }),
    expect: {
      public: 'NOT_FOUND',
      worker: 'NOT_FOUND',
      model: 'NOT_FOUND',
      ent: 'NOT_FOUND',
      district: 'NOT_FOUND',
      xihu: 'NOT_FOUND',
      city: 'NOT_FOUND',
      expert: 'NOT_FOUND',
    },
  }),

  // ----- union: staff at and below their node -----
  union('workbench', {
    phase: 'read',
    input: {},
    sees: (data) => data.scopes.some((scope) => JINGGONG_PATH.includes(scope.id)),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  union('orgTree', {
    phase: 'read',
    input: {},
    sees: (data) => data.orgs.some((org) => org.id === 'org-jinggong'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  // An enterprise can have no children, so the parent here is org-dongcheng: its own staff and the city's may.
  union('createOrg', {
    variant: 'enterprise under org-dongcheng',
    phase: 'write',
    setup: async (who) => ({ parentId: 'org-dongcheng', name: `矩阵新建企业工会-${who}`, kind: 'enterprise' }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Staff rename their own node and those below it. Each caller gives a name of their own, so one success does not
  // turn the next into "same name".
  union('renameOrg', {
    variant: 'org-jinggong',
    phase: 'write',
    setup: async (who) => ({ orgId: 'org-jinggong', name: `矩阵精工机械工会-${who}`, reason }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('retireOrg', {
    variant: 'fresh enterprise under org-dongcheng',
    phase: 'write',
    setup: async (who) => {
      const name = `矩阵待撤销企业工会-${who}`;
      const org = await must<{ id: string }>(
        'union',
        'createOrg',
        { parentId: 'org-dongcheng', name, kind: 'enterprise' },
        callers.city,
      );
      return { orgId: org.id, reason };
    },
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Retiring is for those above a node: no union retires itself.
  union('retireOrg', {
    variant: "caller's own node",
    phase: 'last',
    setup: async (who) => ({ orgId: staffNodeOf[who] ?? 'org-jinggong', reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  union('listJoinRequests', {
    phase: 'read',
    input: {},
    sees: (data) => data.requests.some((request) => request.org.id === 'org-jinggong'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  union('decideJoin', {
    variant: 'fresh request to org-jinggong, approve',
    phase: 'write',
    setup: async () => ({ requestId: (await freshPerson('applicant')).requestId!, approve: true }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('listMembers', {
    variant: 'org-jinggong',
    phase: 'read',
    input: { orgId: 'org-jinggong' },
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // 陈晓东 is persona-worker, a member of org-jinggong.
  union('searchPeople', {
    variant: 'persona-worker by name',
    phase: 'read',
    input: { keyword: '陈晓东' },
    sees: (data) => data.people.some((person) => person.realName === '陈晓东'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  union('revealPersonal', {
    variant: "fresh member's phone",
    phase: 'write',
    setup: async () => ({ userId: (await freshPerson('member')).userId, field: 'phone', reason }),
    check: (_who, data, input) =>
      data.value !== null && plain.get(input.userId)?.values[0] === data.value
        ? undefined
        : `expected the target's phone, got ${JSON.stringify(data)}`,
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('createInvite', {
    variant: 'org-jinggong',
    phase: 'write',
    input: { orgId: 'org-jinggong' },
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // A staff grant is given at or above its organisation, to someone in the giver's subtree.
  union('grantRole', {
    variant: 'staff at org-jinggong to a fresh member',
    phase: 'write',
    setup: async () => ({
      role: 'staff',
      userId: (await freshPerson('member')).userId,
      orgId: 'org-jinggong',
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Expert grants are for the organisers of the campaign (its union or above), on people in their subtree.
  union('grantRole', {
    variant: 'expert to a fresh member, on a district campaign',
    phase: 'write',
    setup: async () => ({
      role: 'expert',
      userId: (await freshPerson('member')).userId,
      campaignId: await draftCampaign(),
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // org-dongcheng's staff manage the person but do not run org-xihu's campaign; org-xihu's run it but do not manage
  // the person: only the city, over both, may.
  union('grantRole', {
    variant: 'expert to a fresh member, on a campaign org-xihu runs',
    phase: 'write',
    setup: async () => ({
      role: 'expert',
      userId: (await freshPerson('member')).userId,
      // Titled without 矩阵: org-xihu's staff see their own campaign in their log, not the matrix's people.
      campaignId: (
        await must<{ id: string }>(
          'selection',
          'createCampaign',
          { ...campaignInput('org-xihu'), title: `西湖区工匠评选${serial}` },
          callers.city,
        )
      ).id,
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: ok, expert: F },
  }),
  union('grantRole', {
    variant: 'expert on a campaign that does not exist',
    phase: 'write',
    setup: async () => ({
      role: 'expert',
      userId: (await freshPerson('member')).userId,
      campaignId: 'no-such-campaign',
      reason,
    }),
    expect: {
      public: F,
      worker: F,
      model: F,
      ent: 'NOT_FOUND',
      district: 'NOT_FOUND',
      xihu: F,
      city: 'NOT_FOUND',
      expert: F,
    },
  }),
  union('revokeRole', {
    variant: 'staff grant at org-jinggong',
    phase: 'write',
    setup: async () => ({ grantId: await freshGrant('staff'), reason }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('revokeRole', {
    variant: 'expert grant of a fresh member',
    phase: 'write',
    setup: async () => ({ grantId: await freshGrant('expert'), reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('designateModelWorker', {
    variant: 'fresh member',
    phase: 'write',
    setup: async () => ({
      userId: (await freshPerson('member')).userId,
      honours: [{ title: '企业技术能手', level: 'enterprise', year: 2025 }],
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('setHonours', {
    variant: 'fresh member',
    phase: 'write',
    setup: async () => ({
      userId: (await freshPerson('member')).userId,
      honours: [{ code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2025, trade: 'fitter' }],
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  union('decideFrontline', {
    variant: 'fresh member who stated it',
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      await must(
        'account',
        'saveProfile',
        { realName: '矩阵一线', trade: 'fitter', skillLevel: 'junior', frontline: true },
        person.openid,
      );
      return { userId: person.userId, confirm: true, reason };
    },
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Rewrites every person's record: the city union's alone, and only once the other rows are done with them.
  union('migratePeople', {
    phase: 'last',
    input: {},
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: ok, expert: F },
  }),
  // By the time reads run, the write rows have left entries about fresh 矩阵 people and organisations, all in
  // org-dongcheng's subtree: org-xihu's staff must see none of them.
  union('auditLog', {
    phase: 'read',
    input: {},
    sees: (data) => data.entries.some((entry) => entry.targetLabel.includes('矩阵')),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),

  // ----- selection: campaigns are run by city and district unions; nominations come from staff over the worker -----
  // A district campaign: its own district's staff and the city's may set it up; an enterprise union may not.
  selection('createCampaign', {
    phase: 'write',
    setup: async () => campaignInput('org-dongcheng'),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('updateCampaign', {
    phase: 'write',
    setup: async () => ({ campaignId: await draftCampaign(), title: '矩阵评选（改名）', reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('advanceStage', {
    phase: 'write',
    setup: async () => ({ campaignId: await draftCampaign(), from: 'draft' as const, reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Staff see the campaigns of their node, below it, and above it (to nominate into); org-xihu's staff see none
  // of org-dongcheng's.
  selection('myCampaigns', {
    phase: 'read',
    input: {},
    sees: (data) => data.campaigns.some((campaign) => campaign.org.id === 'org-dongcheng'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  // The same visibility for one campaign: org-dongcheng's runs for its district and the city, and its enterprise
  // unions nominate into it.
  selection('staffCampaign', {
    phase: 'read',
    setup: async () => ({ campaignId: await draftCampaign() }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: 'NOT_FOUND', city: ok, expert: F },
  }),
  // The nominee is a fresh member of org-jinggong: staff over them nominate.
  // Any staff member asks; the answer holds only people in their part of the tree (西湖's staff: nothing).
  selection('nomineeCheck', {
    phase: 'read',
    setup: async () => ({
      campaignId: await nominationCampaign(),
      userIds: [(await freshPerson('member')).userId],
    }),
    sees: (data) => data.verdicts.length > 0,
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  selection('nominate', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      return {
        campaignId: await nominationCampaign(),
        userId: person.userId,
        categoryId: 'k1',
        deeds,
        photoFileIds: [],
        honours: [],
      };
    },
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('updateNomination', {
    phase: 'write',
    setup: async () => ({
      candidateId: await freshNomination('city'),
      categoryId: 'k1',
      deeds: `${deeds}（补充）`,
      photoFileIds: [],
      honours: [],
    }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Organisers see every nomination; a nominating union those of its own people; org-xihu none of org-jinggong's.
  selection('listNominations', {
    phase: 'read',
    setup: async () => ({ campaignId: await nominationCampaign() }),
    sees: (data) => data.nominations.length > 0,
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  // Any staff member asks for their own to-dos (what is returned to their people); nobody else.
  selection('returnedNominations', {
    phase: 'read',
    input: {},
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  // Reviewed by the organising (city) union only; the nomination is org-jinggong's own, so nobody reviews their own.
  selection('reviewNomination', {
    phase: 'write',
    setup: async () => ({ candidateId: await freshNomination('ent'), decision: 'approve' as const }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: ok, expert: F },
  }),
  // Recusal: the caller is the nominee (nominated by the district), and nobody reviews their own nomination.
  selection('reviewNomination', {
    variant: 'a nomination of the caller themselves',
    phase: 'write',
    setup: async (who) => ({
      candidateId: who === 'public' ? await freshNomination('district') : await nominationOf(who),
      decision: 'approve' as const,
    }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  selection('campaigns', {
    phase: 'read',
    input: {},
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('campaign', {
    phase: 'read',
    setup: async () => ({ campaignId: await nominationCampaign() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('candidates', {
    phase: 'read',
    setup: async () => ({ campaignId: await nominationCampaign() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('candidate', {
    phase: 'read',
    setup: async () => ({ candidateId: await approvedCandidate() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),

  // ----- selection integrity: the organising union (here org-dongcheng) and those above it act on votes -----
  selection('listFlags', {
    phase: 'read',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('voidVoter', {
    phase: 'write',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId, voter: '0'.repeat(32), reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('zeroFlagged', {
    phase: 'write',
    setup: async () => ({ flagId: await freshFlag(), reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('dismissFlag', {
    phase: 'write',
    setup: async () => ({ flagId: await freshFlag(), reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('disqualify', {
    phase: 'write',
    setup: async () => ({ candidateId: (await districtVoting()).candidateId, reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('recount', {
    phase: 'read',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Repair is the organisers'; a campaign whose counts agree has nothing to repair.
  selection('rebuildCounts', {
    phase: 'write',
    setup: async () => ({ campaignId: (await scoringCampaign()).campaignId, reason }),
    expect: { public: F, worker: F, model: F, ent: F, district: C, xihu: F, city: C, expert: F },
  }),
  selection('exportVotes', {
    phase: 'read',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // An Excel list is the organisers' too (it writes a file, a record and an audit entry).
  selection('exportWorkbook', {
    phase: 'write',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId, kind: 'nominations' }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('voteTrend', {
    phase: 'read',
    setup: async () => ({ campaignId: (await districtVoting()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),

  // ----- experts: only an expert of the campaign scores; staff, however senior, do not -----
  // Everyone may ask; only an expert's answer names a campaign.
  selection('myScoring', {
    phase: 'read',
    setup: async () => {
      await scoringCampaign();
      return {};
    },
    sees: (data) => data.campaigns.length > 0,
    expect: {
      public: hidden,
      worker: hidden,
      model: hidden,
      ent: hidden,
      district: hidden,
      xihu: hidden,
      city: hidden,
      expert: ok,
    },
  }),
  selection('scoringSheet', {
    phase: 'read',
    setup: async () => ({ campaignId: (await scoringCampaign()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: ok },
  }),
  selection('submitScore', {
    phase: 'write',
    setup: async () => ({ ...(await scoringCampaign()), points: [75] }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: ok },
  }),
  // Recusal: the expert is the candidate (a grant from before the panel and the nominees were kept apart).
  selection('submitScore', {
    variant: 'the expert scoring themselves',
    phase: 'write',
    setup: async () => ({ ...(await selfScoringCampaign()), points: [100] }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  // 提醒我: only an expert of the campaign asks to be reminded.
  selection('remindMeToScore', {
    phase: 'write',
    setup: async () => ({ campaignId: (await scoringCampaign()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: ok },
  }),
  selection('scoringProgress', {
    phase: 'read',
    setup: async () => ({ campaignId: (await scoringCampaign()).campaignId }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('result', {
    phase: 'read',
    setup: async () => ({ campaignId: await resultCampaign() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),

  // ----- 公示: the city enters the holiday calendar; anyone objects by name; the organisers answer -----
  selection('calendar', {
    phase: 'read',
    input: { year: 2030 },
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  selection('setCalendar', {
    phase: 'write',
    input: { year: 2030, holidays: ['2030-10-01'], workdays: [], reason },
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: ok, expert: F },
  }),
  selection('lodgeObjection', {
    phase: 'write',
    setup: async () => objection(await publicityCampaign()),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('myObjections', {
    phase: 'read',
    setup: async () => ({ campaignId: await publicityCampaign() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('listObjections', {
    phase: 'read',
    setup: async () => ({ campaignId: await publicityCampaign() }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  selection('answerObjection', {
    phase: 'write',
    setup: async () => ({ objectionId: await freshObjection(), answer: '矩阵测试答复：已核实。' }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Recusal: nobody answers an objection they lodged themselves.
  selection('answerObjection', {
    variant: 'an objection the caller lodged',
    phase: 'write',
    setup: async (who) => {
      const lodged = await must<{ id: string }>(
        'selection',
        'lodgeObjection',
        objection(await publicityCampaign()),
        callers[who],
      );
      return { objectionId: lodged.id, answer: '矩阵测试答复：已核实。' };
    },
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  // ----- content security: a text held for review is decided by the campaign's organisers, never its nominator -----
  // The nomination is org-jinggong's into the city's campaign: only the city's staff are over the organiser.
  selection('decideHeldText', {
    variant: 'held deeds of a fresh nomination',
    phase: 'write',
    setup: async () => ({
      owner: 'candidate' as const,
      id: await freshNomination('ent', `${deeds}${HELD}`),
      field: 'deeds' as const,
      decision: 'pass' as const,
    }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: ok, expert: F },
  }),
  // An objection in org-dongcheng's 公示: its organisers (the district) and the city decide.
  selection('decideHeldText', {
    variant: 'held reason of a fresh objection',
    phase: 'write',
    setup: async () => ({
      owner: 'objection' as const,
      id: await freshObjection(true),
      field: 'reason' as const,
      decision: 'refuse' as const,
      reason,
    }),
    expect: { public: F, worker: F, model: F, ent: F, district: ok, xihu: F, city: ok, expert: F },
  }),

  // ----- sharing: a poster's code for a public candidate, and resolving a scanned one; anyone -----
  selection('candidateCode', {
    phase: 'read',
    setup: async () => ({ candidateId: await approvedCandidate() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  selection('resolveCode', {
    phase: 'read',
    setup: async () => ({
      code: (
        await must<{ code: string }>(
          'selection',
          'candidateCode',
          { candidateId: await approvedCandidate() },
          callers.public,
        )
      ).code,
    }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),

  // ----- activity: the 十个一; a worker's own records, staff over the worker for the rest; no action grants credit -----
  activity('myYear', { phase: 'read', input: {}, expect: everyProfile }),
  activity('myProgress', {
    phase: 'read',
    input: {},
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  activity('personYear', {
    phase: 'read',
    setup: async () => ({ userId: demoUserIdOf(callers.worker), year: thisYear() }),
    expect: staffOverJinggong,
  }),
  activity('logEntry', { phase: 'write', setup: async () => entryOf(), expect: everyProfile }),
  // Only the author edits or deletes; to anyone else the entry does not exist.
  activity('editEntry', {
    phase: 'write',
    setup: async () => ({ ...(await workersEntry()), title: '改过的矩阵记录' }),
    expect: {
      public: F,
      worker: ok,
      model: 'NOT_FOUND',
      ent: 'NOT_FOUND',
      district: 'NOT_FOUND',
      xihu: 'NOT_FOUND',
      city: 'NOT_FOUND',
      expert: 'NOT_FOUND',
    },
  }),
  activity('deleteEntry', {
    phase: 'write',
    setup: async () => ({ entryId: (await workersEntry()).entryId }),
    expect: {
      public: F,
      worker: ok,
      model: 'NOT_FOUND',
      ent: 'NOT_FOUND',
      district: 'NOT_FOUND',
      xihu: 'NOT_FOUND',
      city: 'NOT_FOUND',
      expert: 'NOT_FOUND',
    },
  }),
  activity('entry', {
    phase: 'write',
    setup: async () => ({ entryId: (await workersEntry()).entryId }),
    expect: { ...staffOverJinggong, worker: ok },
  }),
  activity('writeDiary', {
    phase: 'write',
    setup: async () => ({ date: beijingDay(cloud.clock.now()), text: '矩阵测试的生产日记。', photos: [] }),
    expect: everyProfile,
  }),
  activity('myDiary', { phase: 'read', setup: async () => ({ year: thisYear() }), expect: everyProfile }),
  activity('savePlan', {
    phase: 'write',
    setup: async () => ({
      year: thisYear(),
      goals: [{ goalId: `goal${++serial}abc`, text: '矩阵测试目标', targetDate: beijingDay(cloud.clock.now()) }],
    }),
    expect: everyProfile,
  }),
  // A goal due today is reviewable: the caller's own plan (the public have none and are refused first).
  activity('markGoal', {
    phase: 'write',
    setup: async (who) => {
      const goalId = `goal${++serial}abc`;
      const goals = [{ goalId, text: '矩阵测试目标', targetDate: beijingDay(cloud.clock.now()) }];
      if (who !== 'public') await must('activity', 'savePlan', { year: thisYear(), goals }, callers[who]);
      return { year: thisYear(), goalId, outcome: 'achieved' as const };
    },
    expect: everyProfile,
  }),
  activity('reviewQueue', {
    phase: 'read',
    setup: async () => ({ year: thisYear() }),
    sees: (data) => data.rows.some((entry) => entry.author?.userId === demoUserIdOf(callers.worker)),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  activity('reviewEntry', {
    phase: 'write',
    setup: async () => ({ entryId: (await workersEntry()).entryId, decision: 'accept' as const }),
    expect: staffOverJinggong,
  }),
  // Nothing of a clean entry is held: staff over the worker get as far as that (CONFLICT), others are refused.
  activity('decideRecordText', {
    phase: 'write',
    setup: async () => ({
      kind: 'entry' as const,
      id: (await workersEntry()).entryId,
      field: 'title',
      decision: 'pass' as const,
    }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  // ----- activity: 十个一 completion for staff, of their own subtree only -----
  // Any staff member reads their own node's completion; no one else has one.
  activity('progress', {
    variant: 'own node',
    phase: 'read',
    setup: async () => ({ year: thisYear() }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  activity('progress', {
    variant: 'org-jinggong',
    phase: 'read',
    setup: async () => ({ year: thisYear(), orgId: 'org-jinggong' }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  activity('memberProgress', {
    phase: 'read',
    setup: async () => ({ year: thisYear(), orgId: 'org-jinggong' }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // An Excel file of the enterprise's workers (it writes a file, a record and an audit entry).
  activity('exportProgress', {
    phase: 'write',
    setup: async () => ({ year: thisYear(), orgId: 'org-jinggong' }),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),

  // ----- contest: staff over the organiser run a contest; workers enter what their unions organise -----
  contest('createContest', {
    phase: 'write',
    setup: async () => ({ orgId: 'org-jinggong', contest: contestInput('enterprise') }),
    expect: staffOverJinggong,
  }),
  contest('updateContest', {
    phase: 'write',
    setup: async () => {
      // A contest of its own per caller: two staff saving the same contest at once is a conflict by design.
      const { contestId, fields } = await contestOnce('org-jinggong', callers.ent, 'enterprise')();
      return { contestId, contest: { ...fields, venue: `矩阵场地${++serial}` }, reason };
    },
    expect: staffOverJinggong,
  }),
  contest('myContests', {
    phase: 'read',
    setup: async () => {
      await jinggongContest();
      return { pageSize: 50 };
    },
    sees: (data) => data.rows.some((row) => row.contest.organiser.orgId === 'org-jinggong'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  contest('staffContest', {
    phase: 'read',
    setup: async () => ({ contestId: (await jinggongContest()).contestId }),
    expect: staffOverJinggong,
  }),
  contest('contestEntries', {
    phase: 'read',
    setup: async () => ({ contestId: (await jinggongContest()).contestId }),
    expect: staffOverJinggong,
  }),
  contest('reviewEntry', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      const entry = await must<{ entryId: string }>(
        'contest',
        'register',
        { contestId: (await reviewedContest()).contestId, answers: {} },
        person.openid,
      );
      return { entryId: entry.entryId, approve: true };
    },
    expect: staffOverJinggong,
  }),
  // Nothing of a fresh entry is held: staff over the contest get as far as that (CONFLICT), others are refused.
  contest('decideAnswerText', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      const entry = await must<{ entryId: string }>(
        'contest',
        'register',
        { contestId: (await reviewedContest()).contestId, answers: {} },
        person.openid,
      );
      return { entryId: entry.entryId, field: 'note', decision: 'pass' as const };
    },
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  contest('contests', { phase: 'read', input: {}, expect: everyProfile }),
  contest('contest', {
    phase: 'read',
    setup: async () => ({ contestId: (await cityContest()).contestId }),
    expect: everyProfile,
  }),
  contest('register', {
    phase: 'write',
    setup: async () => ({ contestId: (await cityContest()).contestId, answers: {} }),
    expect: everyProfile,
  }),
  contest('cancelEntry', {
    phase: 'write',
    setup: async (who) => {
      const contestId = (await cityContest()).contestId;
      await call('contest', 'register', { contestId, answers: {} }, callers[who]);
      return { contestId };
    },
    expect: everyProfile,
  }),
  contest('myEntries', { phase: 'read', input: {}, expect: everyProfile }),
  // Scores: staff over the organiser; before the contest day every permitted caller gets as far as the day rule (C).
  contest('scoreSheet', {
    phase: 'read',
    setup: async () => ({ contestId: (await jinggongContest()).contestId }),
    expect: staffOverJinggong,
  }),
  contest('saveScores', {
    phase: 'write',
    setup: async () => ({
      contestId: (await jinggongContest()).contestId,
      lines: [{ entryId: `${(await jinggongContest()).contestId}.nobody`, theory: 80, practical: 90 }],
    }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  contest('publishResults', {
    phase: 'write',
    setup: async () => ({ contestId: (await jinggongContest()).contestId }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  contest('correctScore', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      const contestId = (await jinggongContest()).contestId;
      const entry = await must<{ entryId: string }>('contest', 'register', { contestId, answers: {} }, person.openid);
      return { entryId: entry.entryId, theory: 80, practical: 90, reason };
    },
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  // Excel files of a contest (a file, a record and an audit entry): its organisers.
  contest('exportContest', {
    phase: 'write',
    setup: async () => ({ contestId: (await jinggongContest()).contestId, kind: 'registrations' as const }),
    expect: staffOverJinggong,
  }),
  // The contest day: before it, permitted callers get as far as the day rule (C); a made-up code is refused as such.
  contest('checkInCode', {
    phase: 'read',
    setup: async () => ({ contestId: (await jinggongContest()).contestId }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  contest('checkIn', {
    phase: 'write',
    setup: async () => ({ contestId: (await cityContest()).contestId, token: 'jx1.c.forged.1.AAAAAAAAAAAAAAAA' }),
    expect: { public: F, worker: I, model: I, ent: I, district: I, xihu: I, city: I, expert: I },
  }),
  contest('manualCheckIn', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      const contestId = (await jinggongContest()).contestId;
      const entry = await must<{ entryId: string }>('contest', 'register', { contestId, answers: {} }, person.openid);
      return { entryId: entry.entryId, reason };
    },
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  // Teams: any profiled worker of the city for a city team contest; only the captain submits.
  contest('createTeam', {
    phase: 'write',
    setup: async () => ({ contestId: (await cityTeamContest()).contestId, name: `矩阵队${++serial}`, answers: {} }),
    expect: everyProfile,
  }),
  contest('team', {
    phase: 'read',
    setup: async () => ({ teamId: (await matrixTeam()).teamId }),
    expect: everyProfile,
  }),
  contest('myTeam', {
    phase: 'read',
    setup: async () => ({ contestId: (await cityTeamContest()).contestId }),
    expect: everyProfile,
  }),
  contest('joinTeam', {
    phase: 'write',
    // A contest of its own per call: a caller may be in one team of a contest.
    setup: async () => ({ teamId: (await freshTeam(await teamContestOnce()())).teamId }),
    expect: everyProfile,
  }),
  // Leaving a team one is not in: everyone with a profile gets as far as that.
  contest('leaveTeam', {
    phase: 'write',
    setup: async () => ({ teamId: (await freshTeam()).teamId }),
    expect: {
      public: F,
      worker: 'NOT_FOUND',
      model: 'NOT_FOUND',
      ent: 'NOT_FOUND',
      district: 'NOT_FOUND',
      xihu: 'NOT_FOUND',
      city: 'NOT_FOUND',
      expert: 'NOT_FOUND',
    },
  }),
  contest('submitTeam', {
    phase: 'write',
    setup: async () => ({ teamId: (await freshTeam()).teamId }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  // A city contest's team: only the city's staff decide its name (here it passed WeChat's check: a conflict).
  contest('decideTeamName', {
    phase: 'write',
    setup: async () => ({ teamId: (await freshTeam()).teamId, decision: 'pass' }),
    expect: { public: F, worker: F, model: F, ent: F, district: F, xihu: F, city: C, expert: F },
  }),
  // The published ranking: anyone with a profile who may see the contest; unpublished, they get as far as that.
  contest('results', {
    phase: 'read',
    setup: async () => ({ contestId: (await cityContest()).contestId }),
    expect: { public: F, worker: C, model: C, ent: C, district: C, xihu: C, city: C, expert: C },
  }),
  contest('glance', {
    phase: 'read',
    input: {},
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),

  // ----- mentoring: staff over org-jinggong designate and pair; the master (model) acts on their own record -----
  mentoring('designateMaster', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      return { userId: person.userId, trade: 'fitter', level: 'technician', basis: 'skilled', reason };
    },
    expect: staffOverJinggong,
  }),
  mentoring('setMasterLimit', {
    phase: 'write',
    // A master of its own per call: two staff changing one limit at once is a conflict by design.
    setup: async () => ({ masterId: (await freshMaster()).userId, limit: 3, reason }),
    expect: staffOverJinggong,
  }),
  // Only a master has the switch: the rest are refused (no profile, or not a master).
  mentoring('setAccepting', {
    phase: 'write',
    setup: async () => {
      await modelMaster();
      return { accepting: true };
    },
    expect: { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  mentoring('master', {
    phase: 'read',
    setup: async () => ({ masterId: await modelMaster() }),
    expect: everyProfile,
  }),
  mentoring('findMasters', {
    phase: 'read',
    setup: async () => {
      await modelMaster();
      return { trade: 'fitter', orgId: 'org-dongcheng' };
    },
    check: (_who, data) => (data.rows.length > 0 ? undefined : 'no master of org-dongcheng found'),
    expect: everyProfile,
  }),
  // The master's own studio, or staff over them writing it for them.
  mentoring('saveStudio', {
    phase: 'write',
    setup: async () => ({
      masterId: await modelMaster(),
      studio: { name: '李卫国钳工工作室', category: 'technical', trade: 'fitter', description: '', photos: [] },
    }),
    expect: { public: F, worker: F, model: ok, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  mentoring('rateStudio', {
    phase: 'write',
    setup: async () => ({ studioId: await modelMaster(), stars: 4, reason }),
    expect: staffOverJinggong,
  }),
  // Nothing of the demo studio is held: staff over it get as far as that (CONFLICT), others are refused.
  mentoring('decideStudioText', {
    phase: 'write',
    setup: async () => ({ studioId: await modelMaster(), field: 'description', decision: 'pass' }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  mentoring('studio', {
    phase: 'read',
    setup: async () => ({ studioId: await modelMaster() }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  mentoring('applyToMaster', {
    phase: 'write',
    setup: async () => ({ masterId: (await freshMaster()).userId, statement: '想跟师傅学习钳工技术' }),
    expect: everyProfile,
  }),
  // A fresh applicant's application to the model master: only that master decides it.
  mentoring('decideApplication', {
    phase: 'write',
    setup: async () => {
      const masterId = await modelMaster();
      const applicant = await freshPerson('member');
      const app = await must<{ applicationId: string }>(
        'mentoring',
        'applyToMaster',
        { masterId, statement: '想跟师傅学习钳工技术' },
        applicant.openid,
      );
      return { applicationId: app.applicationId, accept: false, reason };
    },
    expect: { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  mentoring('assignPair', {
    phase: 'write',
    setup: async () => {
      const [master, apprentice] = await Promise.all([freshMaster(), freshPerson('member')]);
      return { masterId: master.userId, apprenticeId: apprentice.userId, reason };
    },
    expect: staffOverJinggong,
  }),
  mentoring('myMentoring', { phase: 'read', input: {}, expect: everyProfile }),
  // Any staff member lists the held statements of their own part of the tree (none are held in the demo data).
  mentoring('heldStatements', {
    phase: 'read',
    input: {},
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  // A fresh application whose statement WeChat passed: staff over the master get as far as that (CONFLICT).
  mentoring('decideStatementText', {
    phase: 'write',
    setup: async () => {
      const applicant = await freshPerson('member');
      const app = await must<{ applicationId: string }>(
        'mentoring',
        'applyToMaster',
        { masterId: await modelMaster(), statement: '想跟师傅学习钳工技术' },
        applicant.openid,
      );
      return { applicationId: app.applicationId, decision: 'pass' };
    },
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  // Agreements: the model master proposes and records checks on their pairs; the worker persona, the model
  // master's apprentice, agrees; the pair and staff over it read it; staff over it grade (as the master may) and
  // dissolve, each on a pair of its own; the plan is the pair's only.
  mentoring('proposeAgreement', {
    phase: 'write',
    setup: async () => agreementFor((await rowPair('propose', false)).id),
    expect: { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  mentoring('confirmAgreement', {
    phase: 'write',
    setup: async () => ({ apprenticeshipId: await workerPair(), version: 1 }),
    expect: { public: F, worker: ok, model: F, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  mentoring('recordCheck', {
    phase: 'write',
    setup: async () => ({
      apprenticeshipId: (await rowPair('check', true)).id,
      date: pairStart(),
      notes: '矩阵测试检查',
      progress: [{ goalId: 'matrix-goal-1', percent: 50 }],
    }),
    expect: { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  mentoring('apprenticeship', {
    phase: 'read',
    setup: async () => ({ apprenticeshipId: await workerPair() }),
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  mentoring('myPairs', { phase: 'read', input: {}, expect: everyProfile }),
  mentoring('cadenceTable', {
    phase: 'read',
    input: { orgId: 'org-jinggong' },
    expect: staffOverJinggong,
  }),
  mentoring('graduate', {
    phase: 'write',
    setup: async () => ({ apprenticeshipId: (await modelPair(true)).id, grade: 'pass', comment: '考核合格' }),
    expect: { ...staffOverJinggong, model: ok },
  }),
  mentoring('dissolvePair', {
    phase: 'write',
    setup: async () => ({ apprenticeshipId: (await modelPair(false)).id, reason }),
    expect: staffOverJinggong,
  }),
  mentoring('apprenticePlan', {
    phase: 'read',
    setup: async () => ({ apprenticeshipId: await workerPair() }),
    expect: { public: F, worker: ok, model: ok, ent: ok, district: ok, xihu: F, city: ok, expert: F },
  }),
  // Nothing of the pair is held: staff over it get as far as that (CONFLICT), the pair and others are refused.
  mentoring('decidePairText', {
    phase: 'write',
    setup: async () => ({
      apprenticeshipId: await workerPair(),
      text: 'goal',
      id: 'matrix-goal-1',
      decision: 'pass',
    }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  // Any staff member lists the held pair texts of their own part of the tree (none are held in the demo data).
  mentoring('heldPairTexts', {
    phase: 'read',
    input: {},
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  mentoring('commentPlan', {
    phase: 'write',
    setup: async () => {
      const pair = await rowPair('plan', false);
      sharedPlans[pair.id] ??= must(
        'activity',
        'savePlan',
        {
          year: thisYear(),
          goals: [{ goalId: 'matrix-plan-goal-1', text: '考取技师证书', targetDate: `${thisYear()}-12-31` }],
        },
        pair.apprentice.openid,
      );
      await sharedPlans[pair.id];
      return { apprenticeshipId: pair.id, year: thisYear(), text: '计划可行，注意节点' };
    },
    expect: { public: F, worker: F, model: ok, ent: F, district: F, xihu: F, city: F, expert: F },
  }),
  // Sessions: only a master posts and runs their own; anyone with a profile lists, signs up and checks in.
  mentoring('postSession', {
    phase: 'write',
    setup: async () => ({ session: sessionFields(120) }),
    expect: onlyModel,
  }),
  mentoring('editSession', {
    phase: 'write',
    setup: async () => ({
      sessionId: await postSession(),
      session: { ...sessionFields(150), title: '矩阵宣讲改期' },
    }),
    expect: onlyModel,
  }),
  mentoring('cancelSession', {
    phase: 'write',
    setup: async () => ({ sessionId: await postSession(), reason }),
    expect: onlyModel,
  }),
  mentoring('heldSessionTexts', {
    phase: 'read',
    input: {},
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: ok, city: ok, expert: F },
  }),
  // A session whose texts WeChat passed: staff over its master get as far as that (CONFLICT).
  mentoring('decideSessionText', {
    phase: 'write',
    setup: async () => ({ sessionId: await postSession(), field: 'title', decision: 'pass' }),
    expect: { ...staffOverJinggong, ent: C, district: C, city: C },
  }),
  mentoring('sessions', { phase: 'read', input: {}, expect: everyProfile }),
  mentoring('sessionGlance', { phase: 'read', input: {}, expect: everyProfile }),
  mentoring('session', {
    phase: 'read',
    setup: async () => ({ sessionId: (await sharedSessions()).later }),
    expect: everyProfile,
  }),
  mentoring('postedSessions', { phase: 'read', input: {}, expect: everyProfile }),
  // The master cannot sign up for their own session.
  mentoring('signUpSession', {
    phase: 'write',
    setup: async () => ({ sessionId: (await sharedSessions()).later }),
    expect: { ...everyProfile, model: C },
  }),
  mentoring('withdrawSession', {
    phase: 'write',
    setup: async (who) => ({ sessionId: await signedUp(who, await postSession()) }),
    expect: signedUpCallers,
  }),
  mentoring('sessionCheckInCode', {
    phase: 'read',
    setup: async () => ({ sessionId: (await sharedSessions()).now }),
    expect: onlyModel,
  }),
  mentoring('checkInSession', {
    phase: 'write',
    setup: async (who) => {
      const sessionId = await signedUp(who, (await sharedSessions()).now);
      const code = await must<{ token: string }>('mentoring', 'sessionCheckInCode', { sessionId }, callers.model);
      return { sessionId, token: code.token };
    },
    expect: signedUpCallers,
  }),
  mentoring('checkInSessionByCode', {
    phase: 'write',
    setup: async (who) => {
      const sessionId = await signedUp(who, (await sharedSessions()).online);
      const code = await must<{ shortCode: string }>('mentoring', 'sessionCheckInCode', { sessionId }, callers.model);
      return { sessionId, code: code.shortCode };
    },
    expect: signedUpCallers,
  }),
  mentoring('manualSessionCheckIn', {
    phase: 'write',
    setup: async () => {
      const person = await freshPerson('member');
      const { now: sessionId } = await sharedSessions();
      await must('mentoring', 'signUpSession', { sessionId }, person.openid);
      return { sessionId, personId: person.userId, reason };
    },
    expect: onlyModel,
  }),
  // The 宣讲团 and the record: staff over the master (or the organisation); the record's totals for anyone.
  mentoring('setLectureTeam', {
    phase: 'write',
    setup: async () => ({ masterId: (await freshMaster()).userId, member: true, reason }),
    expect: staffOverJinggong,
  }),
  mentoring('lectureTeam', {
    phase: 'read',
    setup: async () => ({ orgId: 'org-jinggong', month: beijingDay(cloud.clock.now()).slice(0, 7) }),
    expect: staffOverJinggong,
  }),
  mentoring('masterRecord', {
    phase: 'read',
    setup: async () => ({ masterId: await modelMaster() }),
    expect: everyProfile,
  }),
  mentoring('exportMasterRecord', {
    phase: 'read',
    setup: async () => ({ masterId: await modelMaster() }),
    expect: staffOverJinggong,
  }),
  // Staff see the masters of their own subtree: xihu's staff are let in and see none of org-jinggong's.
  mentoring('staffMasters', {
    phase: 'read',
    setup: async () => {
      await modelMaster();
      return { pageSize: 50 };
    },
    sees: (data) => data.rows.some((row) => row.master.org?.id === 'org-jinggong'),
    expect: { public: F, worker: F, model: F, ent: ok, district: ok, xihu: hidden, city: ok, expert: F },
  }),
  mentoring('mentorOrgs', { phase: 'read', input: {}, expect: everyProfile }),

  // ----- vote: the public vote; anyone with WeChat, no profile needed -----
  vote('cast', {
    phase: 'write',
    setup: async () => {
      const { campaignId, candidateId } = await openForVoting();
      return { campaignId, candidateIds: [candidateId], requestId: `matrix-${++serial}-vote` };
    },
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
  vote('today', {
    phase: 'read',
    setup: async () => ({ campaignId: (await openForVoting()).campaignId }),
    expect: { public: ok, worker: ok, model: ok, ent: ok, district: ok, xihu: ok, city: ok, expert: ok },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Running the matrix (once, shared by the tests that look at its results).

interface Result {
  row: Row;
  who: Who;
  input: unknown;
  answer: Answer;
  outcome: Outcome;
  problem?: string;
}

const label = (row: Row) => `${row.fn}.${row.action}${row.variant ? ` [${row.variant}]` : ''}`;

async function runCell(row: Row, who: Who): Promise<Result> {
  let input: unknown;
  try {
    input = await row.setup(who);
  } catch (error) {
    // A failed setup shows in its own cell instead of ending the run: the rest of the matrix still says something.
    const message = error instanceof Error ? error.message : String(error);
    return {
      row,
      who,
      input,
      answer: { ok: false, error: { code: 'SETUP', message } },
      outcome: 'SETUP',
      problem: message,
    };
  }
  const answer = await call(row.fn, row.action, input, callers[who]);
  if (!answer.ok) return { row, who, input, answer, outcome: answer.error.code };
  const outcome = row.sees && !row.sees(answer.data) ? hidden : ok;
  return { row, who, input, answer, outcome, problem: row.check?.(who, answer.data, input) };
}

async function snapshotUser(openid: string): Promise<UserRecord | undefined> {
  const { data } = (await users().where({ openid }).limit(1).get()) as { data: UserRecord[] };
  return data[0];
}

async function restoreUser(openid: string, before: UserRecord | undefined): Promise<void> {
  if (!before) {
    await users().where({ openid }).remove();
    return;
  }
  const { _id, ...body } = before;
  await users().doc(_id).set(body);
}

let matrix: Promise<Result[]> | undefined;
let finished: Result[] = [];
let elapsed = 0;

function runMatrix(): Promise<Result[]> {
  matrix ??= (async () => {
    const started = performance.now();
    const orgs = admin.database().collection('orgs');
    const { data: seeded } = (await orgs.doc('org-jinggong').get()) as { data: Array<{ name: string }> };
    const cells = (phase: Row['phase']) =>
      rows.filter((r) => r.phase === phase).flatMap((r) => everyone.map((who) => [r, who] as const));
    const results: Result[] = [];
    // Cells of a phase run concurrently, but at most CONCURRENT_CELLS at a time: several hundred at once (each with
    // its setup calls) can queue past a function's timeout on a busy 2-core machine.
    const together = async (phase: Row['phase']) => {
      const queue = cells(phase);
      const done: Awaited<ReturnType<typeof runCell>>[] = [];
      await Promise.all(
        Array.from({ length: CONCURRENT_CELLS }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) done.push(await runCell(next[0], next[1]));
        }),
      );
      results.push(...done);
    };
    await together('write');
    await together('read');
    for (const r of rows.filter((candidate) => candidate.phase === 'self')) {
      const before = await Promise.all(everyone.map((who) => snapshotUser(callers[who])));
      const done = await Promise.all(everyone.map((who) => runCell(r, who)));
      for (const cell of done.filter((candidate) => candidate.answer.ok && r.cleanup)) {
        await r.cleanup!(cell.who).catch((error: unknown) => {
          cell.problem = `cleanup failed: ${error instanceof Error ? error.message : String(error)}`;
        });
      }
      await Promise.all(everyone.map((who, i) => restoreUser(callers[who], before[i])));
      results.push(...done);
    }
    await together('last');
    // org-jinggong gets its name back, for anyone reading the data afterwards.
    await orgs.doc('org-jinggong').update({ name: seeded[0]!.name });
    elapsed = performance.now() - started;
    finished = results;
    return results;
  })();
  return matrix;
}

function printMatrix(results: Result[]): string {
  // A cell shows what the server answered; a disagreement also shows what this file expects.
  const text = (r: Row, who: Who) => {
    const cell = results.find((result) => result.row === r && result.who === who);
    if (!cell) return '-';
    return cell.outcome === r.expect[who] && !cell.problem ? cell.outcome : `✗${cell.outcome}≠${r.expect[who]}`;
  };
  const table = [['action', ...everyone], ...rows.map((r) => [label(r), ...everyone.map((who) => text(r, who))])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)) + 2);
  const lines = table.map((line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('')
      .trimEnd(),
  );
  const legend = Object.entries(callers)
    .map(([who, openid]) => `${who}=${openid}`)
    .join(', ');
  return `Access matrix: ${rows.length} rows × ${everyone.length} callers in ${elapsed} ms\n${legend}\n${lines.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------------------------

describe('access matrix: every action of every guarded function × every caller', () => {
  beforeAll(async () => {
    const secrets = {
      JX_PII_KEY: generateKey(),
      JX_CHECKIN_SECRET: generateCheckInSecret(),
      JX_BOOTSTRAP_STAFF_OPENID: '',
      JX_CITY_UNION_NAME: '',
    };
    // The seed encrypts in this process and the test decrypts here: same key as the functions.
    Object.assign(process.env, secrets);
    const root = path.resolve(__dirname, '..');
    cloud = await startLocalCloud({
      configFile: path.join(root, 'cloudbaserc.json'),
      collectionsFile: path.join(root, 'database', 'collections.json'),
      timers: 'manual',
      functionEnv: { ...LOCAL_SUBSCRIBE_TEMPLATES, ...secrets },
      // Hundreds of calls two at a time on a busy CI machine: a slow call is not a refusal.
      timeoutScale: 3,
    });
    cloud.clock.set(testStartInstant(cloud.clock.now()));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jx-matrix-'));
    try {
      await seedOnce(dir, cloud.url, demoSeeds, cloud.clock.now());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    admin = localAdminApp(cloud.url);
    cloud.wechat.setRules({ text: [{ contains: HELD, suggest: 'review', label: 21000 }] });
    await readSeededPlaintext();
    for (const orgId of ['org-jinggong', 'org-power'] as const) {
      invites[orgId] = (
        await must<{ token: string }>('union', 'createInvite', { orgId, days: 30 }, callers.city)
      ).token;
    }
  });

  afterAll(async () => {
    if (finished.length > 0) console.log(printMatrix(finished));
    await cloud?.close();
  });

  it('has a hand-written row for every action of every function the access table guards', () => {
    const walked = [
      accountContract,
      unionContract,
      selectionContract,
      voteContract,
      activityContract,
      contestContract,
      mentoringContract,
    ];
    const actions = walked.flatMap((contract) =>
      Object.keys(contract.actions).map((action) => `${contract.name}.${action}`),
    );
    const covered = new Set(rows.map((r) => `${r.fn}.${r.action}`));
    expect(actions.filter((action) => !covered.has(action))).toEqual([]);
    // A new guarded function (a new prefix in the table) must be walked here too. The table names functions only;
    // the expectations never come from it.
    const guardedFunctions = new Set(Object.keys(accessTable).map((key) => key.split('.')[0]));
    expect([...guardedFunctions].sort()).toEqual(walked.map((contract) => contract.name).sort());
  });

  it('answers each caller as written by hand', async () => {
    const results = await runMatrix();
    const wrong = results
      .filter((cell) => cell.outcome !== cell.row.expect[cell.who] || cell.problem)
      .map((cell) => {
        const detail = cell.answer.ok ? (cell.problem ?? '') : `${cell.answer.error.message}`;
        return `${label(cell.row)} as ${cell.who}: expected ${cell.row.expect[cell.who]}, got ${cell.outcome} (${detail})`;
      });
    expect(wrong).toEqual([]);
    expect(results).toHaveLength(rows.length * everyone.length);
  });

  it('never answers an unmasked phone or ID number except to its owner or through revealPersonal', async () => {
    const results = await runMatrix();
    // The check would pass vacuously without the plain values: the demo city has about forty phones.
    expect([...plain.values()].flatMap((entry) => entry.values).length).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const cell of results) {
      const key = `${cell.row.fn}.${cell.row.action}`;
      const owner =
        key === 'account.myPersonal'
          ? [...plain.entries()].find(([, entry]) => entry.openid === callers[cell.who])?.[0]
          : key === 'union.revealPersonal'
            ? (cell.input as { userId: string }).userId
            : undefined;
      const text = JSON.stringify(cell.answer);
      for (const [userId, entry] of plain) {
        if (userId === owner) continue;
        for (const value of entry.values) {
          if (text.includes(value))
            leaks.push(`${label(cell.row)} as ${cell.who} carries ${entry.openid}'s ${value}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses every client that calls a timer function, whatever event it forges', async () => {
    await runMatrix();
    const auditCount = async () => (await admin.database().collection('auditLog').count()).total;
    const before = await auditCount();
    for (const who of everyone) {
      const response = await fetch(`${cloud.url}/fn/selection-clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': callers[who] },
        body: JSON.stringify({ Type: 'Timer', TriggerName: 'everyMinute', Time: cloud.clock.now().toISOString() }),
      });
      expect([who, response.status]).toEqual([who, 502]);
      expect(await response.text()).toContain('timer function');
    }
    expect(await auditCount()).toBe(before);
  });

  it('lets no caller act as the platform’s message push (content-verdict)', async () => {
    const verdict = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'forged', result: { suggest: 'pass' } };
    for (const who of everyone) {
      const response = await fetch(`${cloud.url}/fn/content-verdict`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': callers[who] },
        body: JSON.stringify(verdict),
      });
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const forged = await admin.database().collection('contentChecks').where({ traceId: 'forged' }).count();
    expect(forged.total).toBe(0);
  });

  it('takes the caller from the platform, never from the request body', async () => {
    await runMatrix(); // nothing else may be writing grants while they are compared
    const grants = async () =>
      ((await admin.database().collection('grants').limit(1000).get()) as { data: unknown[] }).data;
    const auditCount = async () => (await admin.database().collection('auditLog').count()).total;
    const before = { grants: await grants(), audit: await auditCount() };
    const worker = await must<{ userId: string }>('account', 'me', {}, callers.worker);

    // The worker claims to be the city staff, at the top level where the platform puts its own fields.
    const forged = await post(
      'union',
      {
        action: 'grantRole',
        input: { role: 'staff', userId: worker.userId, orgId: 'org-city', reason: '伪造身份' },
        openid: callers.city,
        role: 'staff',
        userInfo: { openId: callers.city },
      },
      callers.worker,
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await grants()).toEqual(before.grants);
    expect(await auditCount()).toBe(before.audit);

    // Inside the input the claim is an unknown field: inputs are strict, and the answer names it.
    const inInput = await call('account', 'me', { openid: callers.city }, callers.worker);
    expect(inInput).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'openid' } });

    // At the top level of `me` the claim is ignored: the answer is still the worker's own record (and, after the
    // matrix put it back, still a member of org-jinggong).
    const topLevel = await post(
      'account',
      { action: 'me', input: {}, openid: callers.city, userInfo: { openId: callers.city } },
      callers.worker,
    );
    expect(topLevel).toMatchObject({
      ok: true,
      data: { userId: worker.userId, staffAt: [], membership: { status: 'member', org: { id: 'org-jinggong' } } },
    });
  });
});

// A selection campaign open for voting in a seeded local cloud, made through the functions the way staff make one:
// created, nominated into, reviewed, published and opened. For the vote tests and the vote benchmark.
import { defaultVotingRules, type Schedule } from '../src/shared/selection/rules';
import { scheduledStages, type Stage } from '../src/shared/selection/stages';
import type { ActionInput, ActionName, Contract } from '../src/shared/contracts/contract';
import type { SeededCloud } from './seeded-cloud';
import { selectionContract } from '../src/shared/contracts/selection';
import { accountContract } from '../src/shared/contracts/account';

const DAY = 86_400_000;
const deeds =
  '扎根生产一线二十年，主持技术攻关十余项，带出徒弟数十名，为企业节约成本数百万元，多次获得市级以上表彰。';

async function must<C extends Contract, A extends ActionName<C>>(
  env: SeededCloud,
  contract: C,
  action: A,
  input: ActionInput<C, A>,
  openid: string,
) {
  const answer = await env.call(contract, action, input, openid);
  if (!answer.ok) throw new Error(`${contract.name}.${action}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

export interface VotingCampaign {
  campaignId: string;
  /** Approved candidates, in nomination order, and their categories. */
  candidates: Array<{ id: string; categoryId: string }>;
}

/**
 * Opens a campaign (the city's unless `orgId` names a district) whose voting window contains now. `workers` are
 * seeded openids to nominate (members of the organising union, nominated by 东城's staff), spread over two
 * categories.
 */
export async function openVotingCampaign(
  env: SeededCloud,
  options: {
    votesPerDay: number;
    ballotSize?: number | null;
    workers: string[];
    title?: string;
    countsVisibility?: 'live' | 'hidden' | 'daily';
    dailyPublishAt?: string;
    orgId?: string;
    /** Leave the nominations submitted and the campaign in its nomination stage (the test reviews them). */
    unreviewed?: boolean;
  },
): Promise<VotingCampaign> {
  const staff = 'persona-city-staff';
  const start = env.now().getTime() - 5 * DAY;
  const offsets = [0, 1, 2, 3, 15, 16, 17, 25];
  const schedule = Object.fromEntries(
    scheduledStages.map((stage, i) => [stage, new Date(start + offsets[i]! * DAY).toISOString()]),
  ) as Schedule;
  const campaign = await must(
    env,
    selectionContract,
    'createCampaign',
    {
      orgId: options.orgId ?? 'org-city',
      title: options.title ?? '2026年度示范市工匠',
      categories: [
        { name: '制造业', places: 3 },
        { name: '服务业', places: 2 },
      ],
      schedule,
      rules: {
        ...defaultVotingRules,
        votesPerDay: options.votesPerDay,
        ballotSize: options.ballotSize ?? null,
        countsVisibility: options.countsVisibility ?? 'live',
        dailyPublishAt: options.dailyPublishAt ?? null,
      },
      rubric: [{ criterion: '综合表现', maxPoints: 100, high: '成果突出，有据可查', low: '成果一般，材料不足' }],
    },
    staff,
  );
  const advance = (from: Stage) =>
    must(env, selectionContract, 'advanceStage', { campaignId: campaign.id, from, reason: '按计划推进' }, staff);
  await advance('draft');
  const candidates: VotingCampaign['candidates'] = [];
  for (const [i, openid] of options.workers.entries()) {
    const userId = (await must(env, accountContract, 'me', {}, openid)).userId as string;
    const categoryId = i % 2 === 0 ? 'k1' : 'k2';
    const nominated = await must(
      env,
      selectionContract,
      'nominate',
      { campaignId: campaign.id, userId, categoryId, deeds, photoFileIds: [], honours: [] },
      'persona-district-staff',
    );
    if (!options.unreviewed) {
      await must(
        env,
        selectionContract,
        'reviewNomination',
        { candidateId: nominated.id, decision: 'approve' },
        staff,
      );
    }
    candidates.push({ id: nominated.id as string, categoryId });
  }
  if (options.unreviewed) return { campaignId: campaign.id as string, candidates };
  await advance('nomination');
  await advance('review');
  await advance('published');
  return { campaignId: campaign.id as string, candidates };
}

/** Seeded workers in org-dongcheng's subtree (the district staff nominate them). */
export const DONGCHENG_WORKERS = [
  'persona-worker',
  'persona-model-worker',
  'demo-zhou',
  'demo-mw-power',
  'persona-enterprise-staff',
  'persona-district-staff',
];

/**
 * @jest-environment jsdom
 */
// 投票监督: a flag's evidence reads as sentences with figures, the recount says 全部一致 or what differs, the
// export joins every page into the file `npm run recount` reads, and the page acts on a flag with a reason.
import { NO_ELIGIBILITY_RULES } from '@/shared/contest/eligibility';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { joinPages, recount } from '../../../../scripts/recount';
import { Integrity } from './integrity';
import {
  evidenceLines,
  exportFileName,
  recountMessage,
  voterCode,
  windowText,
  zeroingScope,
  type Flag,
} from './integrity-texts';
import { collectVoteLog, voteLogSummary } from './vote-export';
import { publicVotingRules } from '@/cloud/testing/campaigns';
import { defaultVotingRules } from '@/shared/selection/rules';

jest.mock('@/components/navigation/navigation', () => ({
  openPage: jest.fn(),
  useShownAgain: () => undefined,
  usePageParams: () => ({}),
}));

const saved: Array<{ fileName: string; text: string }> = [];
jest.mock('@/platform/save-file', () => ({
  saveTextFile: async (fileName: string, text: string) => {
    saved.push({ fileName, text });
    return { where: `已下载为文件“${fileName}”` };
  },
}));

/** A trend with nothing counted yet: its card shows, and raises no alert of its own. */
const quietTrend = {
  day: '2026-11-22',
  firstDay: '2026-11-22',
  lastDay: '2026-11-22',
  through: null,
  hours: Array.from({ length: 24 }, (_, hour) => ({ hour, cast: 0, excluded: 0, voided: 0 })),
  days: [{ day: '2026-11-22', cast: 0, excluded: 0, voided: 0 }],
  candidates: [],
};

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
  saved.length = 0;
});

// 14:00 to 14:20 Beijing time on Sunday 22 November 2026.
const windowStart = '2026-11-22T06:00:00.000Z';
const windowEnd = '2026-11-22T06:20:00.000Z';
const codes = Array.from({ length: 60 }, (_, i) => i.toString(16).padStart(32, 'a'));

const burst: Flag = {
  id: 'c1.u-lin.burst.1',
  candidateId: 'c1.u-lin',
  candidateName: '林海',
  kind: 'burst',
  windowStart,
  windowEnd,
  raisedAt: '2026-11-22T06:11:00.000Z',
  evidence: { windowVotes: 60, ownRatePerWindow: 2.5, campaignMedianPerWindow: 4 },
  status: 'open',
  reason: null,
};
const cluster: Flag = {
  ...burst,
  id: 'c1.u-lin.new-account-cluster.1',
  kind: 'new-account-cluster',
  evidence: { newVoters: 60, campaignMedianNewVoters: 0, voters: codes },
};

describe('evidence in words', () => {
  it('reads a window as people say times, with both dates only across midnight', () => {
    expect(windowText(windowStart, windowEnd)).toBe('11月22日 周日 14:00 至 14:20');
    expect(windowText('2026-11-22T15:50:00.000Z', '2026-11-22T16:10:00.000Z')).toBe(
      '11月22日 周日 23:50 至 11月23日 周一 00:10',
    );
  });

  it('compares a burst with the candidate’s usual rate and the campaign median', () => {
    expect(evidenceLines(burst)).toEqual([
      '20 分钟内林海得到 60 票。',
      '此前 6 小时里，林海平均每 20 分钟得 2.5 票，这次是平时的约 24 倍。',
      '同一时段本次评选各候选人得票的中位数是 4 票，林海是它的约 15 倍。',
    ]);
  });

  it('says when a burst candidate had no votes before, instead of dividing by zero', () => {
    const lines = evidenceLines({
      ...burst,
      evidence: { windowVotes: 55, ownRatePerWindow: 0, campaignMedianPerWindow: 0 },
    });
    expect(lines).toEqual([
      '20 分钟内林海得到 55 票。',
      '此前 6 小时里，林海一票也没有得到。',
      '同一时段本次评选各候选人得票的中位数是 0 票。',
    ]);
    expect(lines.join('')).not.toMatch(/Infinity|NaN|undefined|\{/);
  });

  it('counts the new accounts of a cluster, each with one vote', () => {
    expect(evidenceLines(cluster)).toEqual([
      '20 分钟内有 60 个账号第一次参与本次评选，每个账号只投了 1 票，全部投给林海。',
      '同一时段其他候选人获得的这类新账号投票，中位数是 0 个。',
    ]);
    expect(zeroingScope(cluster)).toBe('将作废这 60 个新账号在 11月22日 周日 14:00 至 14:20 投给林海的票。');
    expect(zeroingScope(burst)).toBe('将作废 11月22日 周日 14:00 至 14:20 期间投给林海的全部有效票。');
  });

  it('never shows raw evidence it does not know', () => {
    expect(evidenceLines({ ...burst, evidence: { something: [1, 2] } })).toEqual(['这条预警没有附带统计数字。']);
  });
});

describe('recount message', () => {
  it('says 全部一致 with the candidates and counted votes', () => {
    expect(recountMessage({ candidates: 6, countedVotes: 60, differences: [], hold: null })).toEqual({
      consistent: true,
      headline: '全部一致：6位候选人，60票有效',
      lines: [],
      advice: [],
    });
  });

  it('lists each differing figure with both values, and what can be done about each kind', () => {
    const message = recountMessage({
      candidates: 6,
      countedVotes: 58,
      hold: null,
      differences: [
        { figure: 'weighted', subjectId: 'c1.u-lin', label: '林海 · 加权票数', stored: 100000, recounted: 58 },
        {
          figure: 'voterDay',
          subjectId: 'c1.d.v',
          label: '投票账号 ab12cd34 · 2026-11-23 · 当日有效票',
          stored: 1,
          recounted: 6,
        },
      ],
    });
    expect(message.consistent).toBe(false);
    expect(message.headline).toBe('有 2 项记录与重新计算的不一致，结果产生前须先处理');
    expect(message.lines).toEqual([
      '林海 · 加权票数：记录 100000 / 重新计算 58',
      '投票账号 ab12cd34 · 2026-11-23 · 当日有效票：记录 1 / 重新计算 6',
    ]);
    expect(message.advice).toHaveLength(2);
    expect(message.advice[0]).toContain('作废');
    expect(message.advice[1]).toContain('按投票记录重算');
  });
});

describe('vote log file', () => {
  const candidates = [
    { id: 'c1.u-lin', name: '林海', categoryId: 'k2', displayedVotes: 2 },
    { id: 'c1.u-ma', name: '马振东', categoryId: 'k1', displayedVotes: 1 },
  ];
  const vote = (candidateId: string, voter: string, counted = true) => ({
    candidateId,
    voter,
    day: '2026-11-22',
    at: '2026-11-22T06:05:00.000Z',
    weight: 1,
    counted,
  });
  const pages = [
    { candidates, votes: [vote('c1.u-lin', codes[0]!), vote('c1.u-lin', codes[1]!)], nextCursor: '2' },
    { candidates, votes: [vote('c1.u-ma', codes[2]!), vote('c1.u-lin', codes[3]!, false)], nextCursor: '4' },
    { candidates, votes: [], nextCursor: null },
  ];

  it('reads every page and joins them into the file the recount tool reads', async () => {
    const asked: Array<string | undefined> = [];
    const progress: number[] = [];
    const log = await collectVoteLog(
      { id: 'c1', title: '2026年度示范市工匠', org: { name: '示范市总工会' } },
      async (cursor) => {
        asked.push(cursor);
        return pages[asked.length - 1]!;
      },
      () => new Date('2026-11-22T07:00:00.000Z'),
      (votes) => progress.push(votes),
    );
    expect(asked).toEqual([undefined, '2', '4']);
    expect(progress).toEqual([2, 4, 4]);
    expect(log.campaign).toEqual({
      id: 'c1',
      title: '2026年度示范市工匠',
      organiser: '示范市总工会',
      exportedAt: '2026-11-22T07:00:00.000Z',
    });
    expect(log.votes).toHaveLength(4);
    expect(voteLogSummary(log)).toEqual({ votes: 4, counted: 3, candidates: 2 });
    // What the published tool makes of the file, written and read back as JSON.
    const { rows, duplicates } = recount(joinPages(JSON.parse(JSON.stringify(log)) as typeof log));
    expect(duplicates).toBe(0);
    expect(rows.map((row) => [row.name, row.displayed, row.recounted])).toEqual([
      ['林海', 2, 2],
      ['马振东', 1, 1],
    ]);
  });

  it('names the file after the campaign and the Beijing day of the export', () => {
    // 23:30 UTC on the 21st is already the 22nd in Beijing.
    expect(exportFileName('2026年度示范市工匠', new Date('2026-11-21T23:30:00.000Z'))).toBe(
      '2026年度示范市工匠-投票记录-2026-11-22.json',
    );
    expect(exportFileName('A/B 评选', new Date('2026-11-21T00:00:00.000Z'))).toBe(
      'A_B_评选-投票记录-2026-11-21.json',
    );
  });

  it('accepts a voter code as it is copied, and refuses anything else', () => {
    expect(voterCode(` ${codes[5]!.toUpperCase()} `)).toBe(codes[5]);
    expect(voterCode('abc')).toBeNull();
    expect(voterCode('g'.repeat(32))).toBeNull();
  });
});

describe('投票监督 page', () => {
  const campaign = {
    id: 'c1',
    title: '2026年度示范市工匠',
    org: { id: 'org-city', name: '示范市总工会' },
    stage: 'voting',
    categories: [{ id: 'k2', name: '城市建设与服务', places: 2 }],
    schedule: Object.fromEntries(
      ['nomination', 'review', 'published', 'voting', 'scoring', 'result', 'publicity', 'final'].map((stage, i) => [
        stage,
        new Date(Date.UTC(2026, 10, 1 + i * 3)).toISOString(),
      ]),
    ),
    rules: publicVotingRules,
    rulesFrozen: true,
    approvedCandidates: 6,
    publicityEndsAt: null,
    countsAsOf: null,
    organiser: true,
    riskWeights: defaultVotingRules.riskWeights,
    rubric: [{ criterion: '技能水平', maxPoints: 100 }],
    pendingNominations: 0,
    countHold: null as null | { since: string; differences: number; summary: string },
    eligibility: NO_ELIGIBILITY_RULES,
    eligibilityOrgNames: {},
  };

  it('zeroes a flag with a reason and says how many votes left the public count', async () => {
    let flags = [cluster];
    const calls = installFakeCloud({
      selection: {
        staffCampaign: () => campaign,
        listFlags: (input) => {
          const matching = flags.filter((flag) => flag.status === input.status);
          return { flags: matching, total: matching.length, page: 1 };
        },
        zeroFlagged: (input) => {
          flags = flags.map((flag) =>
            flag.id === input.flagId ? { ...flag, status: 'actioned', reason: String(input.reason) } : flag,
          );
          return { voided: 60 };
        },
      },
    });
    render(<Integrity campaignId="c1" />);
    const card = await screen.findByLabelText('林海：新账号集中投票');
    within(card).getByText('时间段：11月22日 周日 14:00 至 14:20');
    within(card).getByText('20 分钟内有 60 个账号第一次参与本次评选，每个账号只投了 1 票，全部投给林海。');

    fireEvent.click(within(card).getByText('作废这些票'));
    const dialog = screen.getByRole('dialog', { name: '作废这些票：林海' });
    // A reason is required before anything is sent.
    fireEvent.click(within(dialog).getByText('确认作废'));
    await within(dialog).findByText('请填写作废原因（至少2个字）');
    expect(calls.filter((call) => call.action === 'zeroFlagged')).toHaveLength(0);

    fireEvent.input(within(dialog).getByLabelText('作废原因', { selector: 'textarea' }), {
      target: { value: '新注册账号集中刷票' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认作废'));
    });
    await screen.findByText('✓ 已作废 60 票：林海的公开票数已减少 60 票。');
    expect(calls.find((call) => call.action === 'zeroFlagged')?.input).toEqual({
      flagId: cluster.id,
      reason: '新注册账号集中刷票',
    });
    await screen.findByText('目前没有待处理的可疑投票。');
  });

  it('exports every page and shows how many votes the file holds', async () => {
    const page = (n: number, next: string | null) => ({
      candidates: [{ id: 'c1.u-lin', name: '林海', categoryId: 'k2', displayedVotes: 1500 }],
      votes: Array.from({ length: n }, (_, i) => ({
        candidateId: 'c1.u-lin',
        voter: i.toString(16).padStart(32, '0'),
        day: '2026-11-22',
        at: windowStart,
        weight: 1,
        counted: true,
      })),
      nextCursor: next,
    });
    installFakeCloud({
      selection: {
        staffCampaign: () => campaign,
        listFlags: () => ({ flags: [], total: 0, page: 1 }),
        exportVotes: (input) => (input.cursor ? page(500, null) : page(1000, '1000')),
      },
    });
    render(<Integrity campaignId="c1" />);
    await screen.findByText('目前没有待处理的可疑投票。');
    await act(async () => {
      fireEvent.click(screen.getByText('导出投票记录', { selector: '.nut-button *, .nut-button' }));
    });
    await screen.findByText('✓ 已导出 1500 票（其中有效 1500 票，1 位候选人）');
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = JSON.parse(saved[0]!.text) as { campaign: { id: string }; votes: unknown[] };
    expect(saved[0]!.fileName).toMatch(/^2026年度示范市工匠-投票记录-\d{4}-\d\d-\d\d\.json$/);
    expect(file.campaign.id).toBe('c1');
    expect(file.votes).toHaveLength(1500);
  });

  it('tells staff of a nominating union who handles it, and asks nothing of the integrity actions', async () => {
    const calls = installFakeCloud({ selection: { staffCampaign: () => ({ ...campaign, organiser: false }) } });
    render(<Integrity campaignId="c1" />);
    await screen.findByText('投票监督由主办单位示范市总工会负责。');
    expect(calls.map((call) => call.action)).toEqual(['staffCampaign']);
  });

  it('shows a recount that differs as a warning naming each candidate', async () => {
    installFakeCloud({
      selection: {
        staffCampaign: () => campaign,
        listFlags: () => ({ flags: [], total: 0, page: 1 }),
        voteTrend: () => quietTrend,
        recount: () => ({
          candidates: 6,
          countedVotes: 58,
          hold: null,
          differences: [{ figure: 'votes', subjectId: 'c1.u-lin', label: '林海 · 票数', stored: 60, recounted: 58 }],
        }),
      },
    });
    render(<Integrity campaignId="c1" />);
    await screen.findByText('目前没有待处理的可疑投票。');
    await act(async () => {
      fireEvent.click(screen.getByText('核对计票', { selector: '.nut-button *, .nut-button' }));
    });
    const warning = await screen.findByRole('alert');
    within(warning).getByText('⚠ 有 1 项记录与重新计算的不一致，结果产生前须先处理');
    within(warning).getByText('林海 · 票数：记录 60 / 重新计算 58');
  });

  it('says when the clock held the result back, and repairs a tally with a reason, checking again after', async () => {
    let repaired = false;
    const calls = installFakeCloud({
      selection: {
        staffCampaign: () => ({
          ...campaign,
          stage: 'scoring',
          countHold: {
            since: '2026-11-23T02:00:00.000Z',
            differences: 1,
            summary: '林海 · 票数（记录 60，重算 58）',
          },
        }),
        listFlags: () => ({ flags: [], total: 0, page: 1 }),
        recount: () => ({
          candidates: 6,
          countedVotes: 58,
          hold: repaired
            ? null
            : { since: '2026-11-23T02:00:00.000Z', differences: 1, summary: '林海 · 票数（记录 60，重算 58）' },
          differences: repaired
            ? []
            : [{ figure: 'votes', subjectId: 'c1.u-lin', label: '林海 · 票数', stored: 60, recounted: 58 }],
        }),
        rebuildCounts: () => {
          repaired = true;
          return { repaired: 1, remaining: [] };
        },
      },
    });
    render(<Integrity campaignId="c1" />);
    // Four calls and two renders in a row: generous waits, since jest runs this beside integration suites.
    const slow = { timeout: 5000 };
    const held = await screen.findByLabelText('结果产生已暂停', {}, slow);
    within(held).getByText(/计票核对发现1处不一致：林海 · 票数（记录 60，重算 58）/);
    await act(async () => {
      fireEvent.click(screen.getByText('核对计票', { selector: '.nut-button *, .nut-button' }));
    });
    await act(async () => {
      fireEvent.click(await screen.findByText('按投票记录重算', { selector: '.nut-button *, .nut-button' }, slow));
    });
    const dialog = await screen.findByRole('dialog', {}, slow);
    // The field's inner textarea appears once Taro's component has rendered it (later when suites run side by side).
    const reasonField = await within(dialog).findByLabelText('重算原因', { selector: 'textarea' }, slow);
    fireEvent.input(reasonField, { target: { value: '核实为投票请求中断所致' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByText('重算', { selector: '.nut-button *, .nut-button' }));
    });
    await screen.findByText('✓ 已重算 1 项，计票核对全部一致', {}, slow);
    await screen.findByText('✓ 全部一致：6位候选人，58票有效', {}, slow);
    expect(calls.find((call) => call.action === 'rebuildCounts')?.input).toEqual({
      campaignId: 'c1',
      reason: '核实为投票请求中断所致',
    });
    expect(screen.queryByLabelText('结果产生已暂停')).toBeNull();
  });
});

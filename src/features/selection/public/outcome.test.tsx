/**
 * @jest-environment jsdom
 */
// The result page ranks each category with votes, expert mean and combined score and marks the places filled in
// words; the 公示 page gives its period and takes a named objection — a bad contact is refused before anything is
// sent — then lists it under 我的异议.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { aPublicCampaign } from '@/cloud/testing/campaigns';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import type { Stage } from '@/shared/selection/stages';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import { formatEnd } from '@/components/format/format';
import { objectionProblems } from './objection-form';
import { PublicityView } from './publicity-view';
import { ResultView } from './result-view';

jest.mock('@/components/navigation/navigation');

// jsdom lays nothing out: the scroll to the first field in error is recorded with the element it was asked of.
const scrolledTo: Element[] = [];
Element.prototype.scrollIntoView = function (this: Element) {
  scrolledTo.push(this);
};

componentTestFrame();

const campaign = (stage: Stage) =>
  aPublicCampaign(stage, {
    approvedCandidates: 3,
    // 周日 14:36 Beijing; the 公示 ends at Beijing midnight after 周五 (5 working days).
    stageStartedAt: '2026-11-22T06:36:00.000Z',
    publicityEndsAt: stage === 'scoring' || stage === 'result' ? null : '2026-11-27T16:00:00.000Z',
  });

const row = (rank: number, name: string, votes: number, expertMean: number, combined: number, placed: boolean) => ({
  candidateId: `c1.${rank}`,
  name,
  enterprise: '东城电力检修有限公司',
  votes,
  votePoints: 0,
  expertMean,
  combined,
  rank,
  placed,
});

const result = {
  publicWeight: 30,
  normalisation: '各类别中加权票数最高的候选人得100分，其余按票数比例折算',
  categories: [
    {
      id: 'k1',
      name: '东城区工匠',
      places: 2,
      rows: [
        row(1, '李卫国', 186, 89.5, 92.65, true),
        row(2, '周建国', 143, 81.5, 80.11, true),
        row(3, '唐继光', 97, 78.75, 70.77, false),
      ],
    },
  ],
};

describe('评选结果', () => {
  it('ranks each candidate with votes, expert mean and combined score, and says who is placed', async () => {
    installFakeCloud({ selection: { campaign: () => campaign('result'), result: () => result } });
    render(<ResultView campaignId="c1" />);
    const list = await screen.findByRole('list', { name: '东城区工匠排名' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((item) => item.getAttribute('aria-label'))).toEqual([
      '第1名 李卫国 入选',
      '第2名 周建国 入选',
      '第3名 唐继光',
    ]);
    expect(within(rows[0]!).getByText('186 票')).toBeTruthy();
    expect(within(rows[0]!).getByText('89.50 分')).toBeTruthy();
    expect(within(rows[0]!).getByText('92.65 分')).toBeTruthy();
    expect(within(list).getAllByText('✓ 入选')).toHaveLength(2);
    expect(within(rows[2]!).queryByText('✓ 入选')).toBeNull();
    expect(screen.getByText('最终得分：公众投票占30%，专家评审占70%')).toBeTruthy();
    expect(screen.getByText('公众投票得分：各类别中加权票数最高的候选人得100分，其余按票数比例折算')).toBeTruthy();
  });

  it('says the result is not out yet before the result stage, without asking for it', async () => {
    const calls = installFakeCloud({ selection: { campaign: () => campaign('scoring') } });
    render(<ResultView campaignId="c1" />);
    expect(await screen.findByText('评选结果还没有产生。')).toBeTruthy();
    expect(calls.map((call) => call.action)).toEqual(['campaign']);
  });
});

describe('公示', () => {
  it('reads a period ending at midnight as 24:00 of its last day', () => {
    expect(formatEnd('2026-11-27T16:00:00.000Z')).toBe('11月27日 周五 24:00');
    expect(formatEnd('2026-11-27T10:00:00.000Z')).toBe('11月27日 周五 18:00');
  });

  it('checks an objection as the server does', () => {
    const draft = { name: '王', contact: '12345', candidateId: 'none', reason: '太短' };
    expect(objectionProblems(draft)).toEqual({
      name: '请填写真实姓名（2～20个字）',
      contact: '手机号应为11位，现在是5位',
      reason: '异议理由至少10个字，请写明事实和依据',
    });
    expect(
      objectionProblems({ ...draft, name: '王明', contact: 'wm@example.com', reason: '证书年份与事迹材料不一致。' }),
    ).toEqual({});
  });

  it('shows the period and the placed names, refuses a bad contact unsent, then lists the objection', async () => {
    const lodged: Array<Record<string, unknown>> = [];
    const calls = installFakeCloud({
      selection: {
        campaign: () => campaign('publicity'),
        result: () => result,
        lodgeObjection: (input) => {
          lodged.push(input);
          return { id: 'x1', createdAt: '2026-11-23T02:00:00.000Z' };
        },
        myObjections: () => ({
          objections: lodged.map((input) => ({
            id: 'x1',
            candidateId: input.candidateId ?? null,
            candidateName: input.candidateId ? '李卫国' : null,
            name: input.name,
            contactMasked: '139****5678',
            reason: input.reason,
            createdAt: '2026-11-23T02:00:00.000Z',
            answer: null,
            // WeChat's content check held the reason for review.
            content: { texts: [{ field: 'reason', state: 'review' as const, reason: null }], images: [] },
          })),
        }),
      },
    });
    render(<PublicityView campaignId="c1" />);
    expect(await screen.findByText('公示期：11月22日 周日 14:36 至 11月27日 周五 24:00（5个工作日）')).toBeTruthy();
    const names = within(screen.getByLabelText('入选名单', { selector: '[aria-label="入选名单"]' }));
    expect(names.getByText('✓ 李卫国 · 东城电力检修有限公司')).toBeTruthy();
    expect(names.queryByText(/唐继光/)).toBeNull();
    expect(await screen.findByText('你还没有提出异议。')).toBeTruthy();

    // An empty submit marks every field and brings the first, 姓名, into view.
    await act(async () => {
      fireEvent.click(screen.getByText('提交异议'));
    });
    expect(screen.getByText('请填写真实姓名（2～20个字）')).toBeTruthy();
    expect(scrolledTo.at(-1)?.textContent).toContain('姓名');

    typeInto('姓名', '王明');
    typeInto('联系方式', '1391234');
    typeInto('异议理由', '该候选人的获奖证书年份与事迹材料不一致，请核实。');
    expect(screen.getByText('已输入 24/1000 字（至少10字）')).toBeTruthy();
    // The picker offers the placed candidates only.
    expect(screen.queryByRole('radio', { name: '唐继光' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '李卫国' }));
    await act(async () => {
      fireEvent.click(screen.getByText('提交异议'));
    });
    const message = screen.getByText('手机号应为11位，现在是7位');
    expect(message.closest('.jx-field')?.textContent).toContain('联系方式');
    // The first field in error is brought into view.
    expect(scrolledTo.at(-1)?.textContent).toContain('联系方式');
    expect(calls.filter((call) => call.action === 'lodgeObjection')).toHaveLength(0);

    typeInto('联系方式', '13912345678');
    await act(async () => {
      fireEvent.click(screen.getByText('提交异议'));
    });
    expect(await screen.findByText(/^✓ 异议已于11月23日 周一 10:00提交/)).toBeTruthy();
    expect(lodged).toEqual([
      {
        campaignId: 'c1',
        candidateId: 'c1.1',
        name: '王明',
        contact: '13912345678',
        reason: '该候选人的获奖证书年份与事迹材料不一致，请核实。',
      },
    ]);
    const mine = within(screen.getByLabelText('我的异议', { selector: '[aria-label="我的异议"]' }));
    expect(await mine.findByText('待答复')).toBeTruthy();
    expect(mine.getByText('针对：李卫国')).toBeTruthy();
    expect(mine.getByText('审核中')).toBeTruthy();
    expect(mine.getByText('异议理由需人工审核（内容安全），审核通过后主办方再核实答复。')).toBeTruthy();
  });

  it('has no form once the result is final', async () => {
    installFakeCloud({
      selection: {
        campaign: () => campaign('final'),
        result: () => result,
        myObjections: () => ({ objections: [] }),
      },
    });
    render(<PublicityView campaignId="c1" />);
    expect(await screen.findByText('公示已结束，评选结果已确定，不再受理异议。')).toBeTruthy();
    expect(screen.queryByText('提交异议')).toBeNull();
  });
});

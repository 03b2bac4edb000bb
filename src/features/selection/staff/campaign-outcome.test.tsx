/**
 * @jest-environment jsdom
 */
// The organisers' sections of a campaign: who of the experts has not finished (and that the result waits for
// them), and 答复 to an objection — too short an answer is refused in the dialog, unsent; the answer then shows
// with who gave it and when.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { aStaffCampaign } from '@/cloud/testing/campaigns';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto } from '@/cloud/testing/typing';
import { CampaignObjections } from './campaign-objections';
import { CampaignScoring } from './campaign-scoring';
import type { StaffCampaign } from './campaign-texts';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const campaign = (stage: StaffCampaign['stage']) => aStaffCampaign(stage);

const objection = {
  id: 'x1',
  candidateId: 'c1.a',
  candidateName: '李卫国',
  name: '王明',
  contactMasked: '139****5678',
  reason: '该候选人的获奖证书年份与事迹材料不一致，请核实。',
  createdAt: '2026-11-23T02:00:00.000Z',
  answer: null,
  content: { texts: [], images: [] },
};

describe('专家评审进度', () => {
  it('shows each expert’s progress and that the result waits for all of them', async () => {
    installFakeCloud({
      selection: {
        scoringProgress: () => ({
          candidates: 4,
          experts: [
            { name: '吴振华', scored: 3, finished: false },
            { name: '郑美玲', scored: 4, finished: true },
          ],
        }),
      },
    });
    render(<CampaignScoring campaign={campaign('scoring')} />);
    expect(await screen.findByText('2 位专家中还有 1 位未完成评分。全部专家完成后才能进入“结果产生”。')).toBeTruthy();
    const wu = within(screen.getByLabelText('吴振华的评分进度', { selector: '[aria-label="吴振华的评分进度"]' }));
    expect(wu.getByText('已评 3/4 位，还差 1 位')).toBeTruthy();
    expect(wu.getByText('未完成')).toBeTruthy();
    const zheng = within(screen.getByLabelText('郑美玲的评分进度', { selector: '[aria-label="郑美玲的评分进度"]' }));
    expect(zheng.getByText('✓ 已完成')).toBeTruthy();
  });

  it('leads to the public result from the result stage on', () => {
    installFakeCloud({ selection: {} });
    render(<CampaignScoring campaign={campaign('result')} />);
    expect(screen.getByText('查看公开的评选结果')).toBeTruthy();
  });
});

describe('异议', () => {
  it('answers an objection, refusing too short an answer in the dialog', async () => {
    const calls = installFakeCloud({
      selection: {
        listObjections: () => ({ objections: [objection] }),
        answerObjection: (input) => ({
          ...objection,
          answer: { text: input.answer, by: '赵建平', at: '2026-11-23T03:00:00.000Z' },
        }),
      },
    });
    render(<CampaignObjections campaign={campaign('publicity')} />);
    expect(
      await screen.findByText(
        '共 1 条，1 条待答复。公示期满（11月27日 周五 24:00）且全部异议答复后，才能进入“结果确定”。',
      ),
    ).toBeTruthy();
    expect(screen.getByText('联系方式：139****5678 · 11月23日 周一 10:00 提出')).toBeTruthy();
    fireEvent.click(screen.getByText('答复'));
    const dialog = screen.getByRole('dialog', { name: '答复王明的异议' });
    typeInto('答复内容', '已核实');
    await act(async () => {
      fireEvent.click(within(dialog).getByText('提交答复'));
    });
    expect(within(dialog).getByText('答复至少5个字，请写明核实的情况和处理结果')).toBeTruthy();
    expect(calls.filter((call) => call.action === 'answerObjection')).toHaveLength(0);

    typeInto('答复内容', '经核实，证书年份为笔误，已更正事迹材料。');
    await act(async () => {
      fireEvent.click(within(dialog).getByText('提交答复'));
    });
    expect(await screen.findByText('答复：经核实，证书年份为笔误，已更正事迹材料。')).toBeTruthy();
    expect(screen.getByText('赵建平 于 11月23日 周一 11:00 答复')).toBeTruthy();
    expect(screen.getByText('✓ 已答复')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has a held reason decided before it is answered', async () => {
    let held = true;
    const calls = installFakeCloud({
      selection: {
        listObjections: () => ({
          objections: [
            {
              ...objection,
              content: {
                texts: held ? [{ field: 'reason', state: 'review' as const, reason: null }] : [],
                images: [],
              },
            },
          ],
        }),
        decideHeldText: () => {
          held = false;
          return { content: { texts: [], images: [] } };
        },
      },
    });
    render(<CampaignObjections campaign={campaign('publicity')} />);
    expect(await screen.findByText('审核中')).toBeTruthy();
    expect(screen.getByText('异议理由需人工审核（内容安全）：审核通过前只有提交人和工作人员能看到')).toBeTruthy();
    expect(screen.queryByText('答复')).toBeNull();
    fireEvent.click(screen.getByText('异议理由审核通过'));
    const dialog = screen.getByRole('dialog', { name: '异议理由审核通过' });
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认通过'));
    });
    expect(calls.find((call) => call.action === 'decideHeldText')?.input).toEqual({
      owner: 'objection',
      id: 'x1',
      field: 'reason',
      decision: 'pass',
    });
    expect(await screen.findByText('答复')).toBeTruthy();
    expect(screen.queryByText('审核中')).toBeNull();
  });

  it('is not shown before the 公示', () => {
    installFakeCloud({ selection: {} });
    const { container } = render(<CampaignObjections campaign={campaign('result')} />);
    expect(container.textContent).toBe('');
  });
});

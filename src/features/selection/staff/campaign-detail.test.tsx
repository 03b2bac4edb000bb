/**
 * @jest-environment jsdom
 */
// The organisers' campaign page when the clock could not produce the result: it says why, with the figures, and
// where to resolve it; the same page without a hold says nothing of it.
import { render, screen, within } from '@testing-library/react';
import { aStaffCampaign } from '@/cloud/testing/campaigns';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { CampaignDetail } from './campaign-detail';
import type { StaffCampaign } from './campaign-texts';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const hold = {
  since: '2026-11-23T02:00:00.000Z',
  differences: 1,
  summary: '林海 · 加权票数（记录 100000，重算 58）',
};

function showCampaign(countHold: typeof hold | null, about: Partial<StaffCampaign> = {}) {
  installFakeCloud({
    selection: {
      staffCampaign: () => aStaffCampaign('scoring', { countHold, ...about }),
      scoringProgress: () => ({ candidates: 4, experts: [{ name: '吴振华', scored: 4, finished: true }] }),
      listNominations: () => ({ nominations: [], nextCursor: null, total: 0, page: 1 }),
    },
  });
  render(<CampaignDetail campaignId="c1" />);
}

describe('评选活动 page of a held result', () => {
  it('says the result is held, with the differing figure and where to resolve it', async () => {
    showCampaign(hold);
    const banner = await screen.findByLabelText('结果产生已暂停', {}, { timeout: 5000 });
    within(banner).getByText('⚠ 结果产生已暂停：计票核对不一致');
    within(banner).getByText(/林海 · 加权票数（记录 100000，重算 58）。请到投票监督核查/);
    expect(screen.getByText('投票监督', { selector: '.nut-button *, .nut-button' })).toBeTruthy();
  });

  it('says nothing of it when nothing is held', async () => {
    showCampaign(null);
    await screen.findByText('当前阶段：专家评审', {}, { timeout: 5000 });
    expect(screen.queryByLabelText('结果产生已暂停')).toBeNull();
  });
});

describe('评选活动 page’s 活动介绍', () => {
  it('shows the description and where the cover’s image check stands', async () => {
    showCampaign(null, {
      description: '弘扬工匠精神。',
      coverImage: 'cloud://env.bucket/campaign-cover/u1/cover.jpg',
      coverHold: { state: 'checking', reason: null },
    });
    const about = await screen.findByLabelText('活动介绍', {}, { timeout: 5000 });
    within(about).getByText('弘扬工匠精神。');
    within(about).getByText('封面图片正在进行内容安全检测，通过后公众才能看到');
  });

  it('says what is missing on a campaign without them', async () => {
    showCampaign(null);
    const about = await screen.findByLabelText('活动介绍', {}, { timeout: 5000 });
    within(about).getByText('还没有封面图片，可在修改活动里上传。');
    within(about).getByText('还没有活动简介，可在修改活动里填写。');
  });
});

/**
 * @jest-environment jsdom
 */
// The voting page's head: the cover across the top once the image check passed it (the function sends none
// before), the description under the organiser, with its line breaks; a campaign from before either shows neither.
import { render, screen } from '@testing-library/react';
import { files } from '@/cloud/files';
import { aPublicCampaign } from '@/cloud/testing/campaigns';
import { componentTestFrame } from '@/cloud/testing/typing';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { CampaignHead } from './campaign-view';
import { OpenCampaigns } from './open-campaigns';

jest.mock('@/cloud/files', () => ({ files: { uploadFile: jest.fn(), fileUrls: jest.fn() } }));
jest.mock('@/components/navigation/navigation');

componentTestFrame();

const COVER = 'cloud://env.bucket/campaign-cover/u1/cover.jpg';
(files.fileUrls as jest.Mock).mockImplementation((ids: string[]) =>
  Promise.resolve(Object.fromEntries(ids.map((id) => [id, `https://files.example/${id.split('/').at(-1)}`]))),
);

describe('the voting page’s head', () => {
  it('shows the cover on top and the description', async () => {
    const campaign = { ...aPublicCampaign('voting'), coverImage: COVER, description: '弘扬工匠精神。\n欢迎投票。' };
    render(<CampaignHead campaign={campaign} />);
    const cover = await screen.findByAltText(`${campaign.title}封面`);
    expect(cover.getAttribute('src')).toBe('https://files.example/cover.jpg');
    expect(
      screen.getByText('弘扬工匠精神。 欢迎投票。', { normalizer: (text) => text.replace(/\s+/g, ' ') }),
    ).toBeTruthy();
  });

  it('shows neither on a campaign without them', () => {
    const { container } = render(<CampaignHead campaign={aPublicCampaign('voting')} />);
    expect(screen.getByText('2026年度东城区工匠')).toBeTruthy();
    expect(container.querySelector('.jx-vote-head__cover')).toBeNull();
    expect(container.querySelector('.jx-vote-head__description')).toBeNull();
  });
});

describe('the home list', () => {
  it('shows a campaign’s cover beside its title, and its description', async () => {
    const campaign = { ...aPublicCampaign('voting'), coverImage: COVER, description: '弘扬工匠精神。' };
    installFakeCloud({
      selection: {
        campaigns: () => ({ campaigns: [campaign, aPublicCampaign('voting', { id: 'c2', title: '无封面评选' })] }),
      },
    });
    render(<OpenCampaigns emptyTitle="" emptyHint="" />);
    const cover = await screen.findByAltText(`${campaign.title}封面`);
    expect(cover.getAttribute('src')).toBe('https://files.example/cover.jpg');
    expect(screen.getByText('弘扬工匠精神。')).toBeTruthy();
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });
});

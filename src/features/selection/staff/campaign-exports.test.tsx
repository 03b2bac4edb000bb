/**
 * @jest-environment jsdom
 */
// 导出 Excel: the organisers see one download per list the campaign has now; a tap asks the cloud for the file and
// hands its URL and name to the platform's seam; the card says how many rows, where the file went and, for personal
// data, when the cloud's copy goes (Beijing time); a refusal is shown in words. Others see no card.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { aStaffCampaign } from '@/cloud/testing/campaigns';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame } from '@/cloud/testing/typing';
import { CampaignExports, exportKinds } from './campaign-exports';

componentTestFrame();

const opened: Array<{ url: string; fileName: string }> = [];
jest.mock('@/platform/save-file', () => ({
  openCloudFile: async (url: string, fileName: string) => {
    opened.push({ url, fileName });
    return { where: `已下载为文件“${fileName}”` };
  },
}));
afterEach(() => {
  opened.length = 0;
});

const button = (name: RegExp) => screen.getByText(name, { selector: '.nut-button *, .nut-button' });

describe('导出 Excel card', () => {
  it('offers the result once it exists and the flags once voting has opened', () => {
    expect(exportKinds('nomination')).toEqual(['nominations']);
    expect(exportKinds('voting')).toEqual(['nominations', 'flags']);
    expect(exportKinds('publicity')).toEqual(['nominations', 'result', 'flags']);
    render(<CampaignExports campaign={aStaffCampaign('review')} />);
    expect(button(/导出提名名单（Excel）/)).toBeTruthy();
    expect(screen.queryByText(/导出评选结果/)).toBeNull();
    expect(screen.queryByText(/导出刷票预警处理记录/)).toBeNull();
  });

  it('shows nothing to staff who do not organise the campaign', () => {
    const { container } = render(<CampaignExports campaign={aStaffCampaign('publicity', { organiser: false })} />);
    expect(container.textContent).toBe('');
  });

  it('downloads a file the cloud made and says what it holds and when the cloud’s copy goes', async () => {
    const calls = installFakeCloud({
      selection: {
        exportWorkbook: (input) => ({
          fileName: `示范评选-${input.kind === 'result' ? '评选结果' : '提名名单'}.xlsx`,
          url: 'http://127.0.0.1:8090/_storage/files/exports/x1.xlsx?t=1&sign=s',
          rows: input.kind === 'result' ? 5 : 7,
          personal: input.kind !== 'result',
          // 14:00 on 23 November in Beijing.
          expiresAt: '2026-11-23T06:00:00.000Z',
        }),
      },
    });
    render(<CampaignExports campaign={aStaffCampaign('publicity')} />);

    fireEvent.click(button(/导出评选结果（Excel）/));
    const result = screen.getByLabelText('导出评选结果');
    await within(result).findByText(/✓ 已导出评选结果，共 5 行/);
    within(result).getByText('已下载为文件“示范评选-评选结果.xlsx”');
    // No personal data: nothing said of a deletion.
    expect(within(result).queryByText(/自动删除/)).toBeNull();
    expect(calls.map((call) => call.input)).toEqual([{ campaignId: 'c1', kind: 'result' }]);
    expect(opened).toEqual([
      {
        url: 'http://127.0.0.1:8090/_storage/files/exports/x1.xlsx?t=1&sign=s',
        fileName: '示范评选-评选结果.xlsx',
      },
    ]);

    fireEvent.click(button(/导出提名名单（Excel）/));
    const nominations = screen.getByLabelText('导出提名名单');
    await within(nominations).findByText(/✓ 已导出提名名单，共 7 行/);
    within(nominations).getByText(/云端副本将于11月23日 周一 14:00自动删除/);
  });

  it('says in words why a file could not be made', async () => {
    installFakeCloud({
      selection: {
        exportWorkbook: () => {
          throw new FakeFailure('FORBIDDEN', '你没有权限进行此操作');
        },
      },
    });
    render(<CampaignExports campaign={aStaffCampaign('voting')} />);
    fireEvent.click(button(/导出刷票预警处理记录（Excel）/));
    await waitFor(() => within(screen.getByLabelText('导出刷票预警处理记录')).getByText('你没有权限进行此操作'));
    expect(opened).toEqual([]);
  });
});

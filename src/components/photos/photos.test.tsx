/**
 * @jest-environment jsdom
 */
// A gallery of stored photos: their URLs fetched once, in the photos' order; a tap opens the full-screen viewer on
// that photo with the others a swipe away; a failed load says so and can be tried again.
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { installFakeCloud } from '@/cloud/testing/fake-cloud';
import { PhotoGallery } from './photos';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
  jest.restoreAllMocks();
});

const IDS = ['cloud://env/campaigns/c1/nominations/a.jpg', 'cloud://env/campaigns/c1/nominations/b.jpg'];

describe('PhotoGallery', () => {
  it('shows each photo and opens the viewer on the one tapped, with all of them', async () => {
    installFakeCloud(
      {},
      { '/_storage/client-temp-urls': () => ({ [IDS[0]!]: 'http://x/a.jpg', [IDS[1]!]: 'http://x/b.jpg' }) },
    );
    // Taro's platform APIs are not there under jest: the viewer is stood in for.
    const preview = jest.fn().mockResolvedValue({ errMsg: 'previewImage:ok' });
    Object.assign(Taro, { previewImage: preview });
    render(<PhotoGallery fileIds={IDS} name="王建军" />);
    expect(screen.getByRole('list', { name: '王建军的照片（2 张）' })).toBeTruthy();
    const second = await screen.findByRole('button', { name: '王建军的照片 2，点按查看大图' });
    fireEvent.click(second);
    expect(preview).toHaveBeenCalledWith({ urls: ['http://x/a.jpg', 'http://x/b.jpg'], current: 'http://x/b.jpg' });
  });

  it('says when the photos cannot be shown, and loads them again on request', async () => {
    installFakeCloud({});
    render(<PhotoGallery fileIds={IDS} name="王建军" />);
    expect(await screen.findByText('照片暂时无法显示。')).toBeTruthy();
    installFakeCloud({}, { '/_storage/client-temp-urls': () => ({ [IDS[0]!]: 'http://x/a.jpg' }) });
    await act(async () => {
      fireEvent.click(screen.getByText('重新加载照片'));
    });
    expect(await screen.findByRole('button', { name: '王建军的照片 1，点按查看大图' })).toBeTruthy();
    expect(screen.getByRole('img', { name: '王建军的照片 2，正在加载' })).toBeTruthy();
  });

  it('shows nothing without photos', () => {
    const { container } = render(<PhotoGallery fileIds={[]} name="王建军" />);
    expect(container.textContent).toBe('');
  });
});

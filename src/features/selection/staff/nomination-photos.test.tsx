/**
 * @jest-environment jsdom
 */
// 工作照片: picked photos upload at once under the campaign's folder; the count says how many of six; a failed
// upload stays in place with 重试 and blocks nothing else; 删除 takes a photo out.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { files } from '@/cloud/files';
import { pickPhotos } from '@/components/photos/photo-picker';
import { NominationPhotos, usePhotoUploads } from './nomination-photos';

jest.mock('@/components/photos/photo-picker', () => ({ pickPhotos: jest.fn(), pickPhoto: jest.fn() }));
jest.mock('@/cloud/files', () => ({ files: { uploadFile: jest.fn(), fileUrls: jest.fn() } }));

const upload = files.uploadFile as jest.Mock;
const pick = pickPhotos as jest.Mock;

let shown: string[] = [];
function Field() {
  const uploads = usePhotoUploads([], 'campaigns/c1/nominations');
  shown = uploads.fileIds;
  return <NominationPhotos uploads={uploads} />;
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

describe('工作照片', () => {
  it('uploads what is picked, keeps a failure with 重试, and removes a photo on 删除', async () => {
    pick.mockResolvedValue(['blob:a', 'blob:b']);
    upload
      .mockResolvedValueOnce({ fileID: 'cloud://env/a.jpg', url: 'http://x/a.jpg' })
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValueOnce({ fileID: 'cloud://env/b.jpg', url: 'http://x/b.jpg' });
    render(<Field />);
    expect(screen.getByText('0/6', { exact: false })).toBeTruthy();

    await tap('添加照片');
    expect(pick).toHaveBeenCalledWith(6);
    expect(upload.mock.calls[0]![1]).toMatch(/^campaigns\/c1\/nominations\/[0-9a-f]{24}\.jpg$/);
    expect(screen.getByText('2/6', { exact: false })).toBeTruthy();
    expect(screen.getByText('上传失败')).toBeTruthy();
    expect(screen.getByText('照片没有上传成功，请点“重试”，或删除后重新选择。')).toBeTruthy();
    expect(shown).toEqual(['cloud://env/a.jpg']);

    await tap('重试');
    expect(upload.mock.calls[2]![0]).toBe('blob:b');
    expect(screen.queryByText('上传失败')).toBeNull();
    expect(shown).toEqual(['cloud://env/a.jpg', 'cloud://env/b.jpg']);

    await act(async () => {
      fireEvent.click(screen.getAllByText('删除')[0]!);
    });
    expect(shown).toEqual(['cloud://env/b.jpg']);
    expect(screen.getByText('1/6', { exact: false })).toBeTruthy();
  });
});

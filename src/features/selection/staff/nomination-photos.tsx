// 工作照片 on a nomination: up to six photos of the nominee at work, each uploaded as soon as it is picked (under
// the campaign's folder), shown as a thumbnail with 删除; a failed upload stays in place with 重试.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { files } from '@/cloud/files';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ErrorText } from '@/components/form/messages';
import { pickPhotos } from '@/components/photos/photo-picker';
import { previewPhotos } from '@/components/photos/photos';
import '@/components/staff/admin.css';
import { newId } from '@/shared/ids';

export const MAX_PHOTOS = 6;

export type PhotoItem =
  | { key: number; status: 'uploading'; path: string }
  | { key: number; status: 'failed'; path: string }
  | { key: number; status: 'done'; fileId: string; url: string | null };

let nextKey = 1;

export interface PhotoUploads {
  items: PhotoItem[];
  /** The stored photos, in the order shown: what the nomination sends. */
  fileIds: string[];
  uploading: boolean;
  failed: boolean;
  /** Why the picker could not open (e.g. the privacy consent was refused). */
  pickError: string | null;
  add: () => Promise<void>;
  retry: (key: number) => void;
  remove: (key: number) => void;
  /** Starts over with these stored photos (a new nomination after one was sent). */
  reset: (fileIds: string[]) => void;
}

const stored = (fileIds: readonly string[]): PhotoItem[] =>
  fileIds.map((fileId) => ({ key: nextKey++, status: 'done', fileId, url: null }));

/** The photos of one nomination as they are picked and uploaded; `folder` is where they are stored. */
export function usePhotoUploads(initial: readonly string[], folder: string): PhotoUploads {
  const [items, setItems] = useState<PhotoItem[]>(() => stored(initial));
  const [pickError, setPickError] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  // Stored photos (a nomination being corrected) need their URLs to show.
  const missing = items.filter((item) => item.status === 'done' && item.url === null);
  const missingKey = missing.map((item) => (item.status === 'done' ? item.fileId : '')).join('\n');
  useEffect(() => {
    if (!missingKey) return;
    files.fileUrls(missingKey.split('\n')).then(
      (urls) => {
        if (!live.current) return;
        setItems((now) =>
          now.map((item) =>
            item.status === 'done' && item.url === null && urls[item.fileId]
              ? { ...item, url: urls[item.fileId]! }
              : item,
          ),
        );
      },
      () => undefined,
    );
  }, [missingKey]);

  const upload = async (key: number, path: string) => {
    setItems((now) => now.map((item) => (item.key === key ? { key, status: 'uploading', path } : item)));
    try {
      const name = `${newId()}.jpg`;
      const uploaded = await files.uploadFile(path, `${folder}/${name}`);
      if (!live.current) return;
      setItems((now) =>
        now.map((item) =>
          item.key === key ? { key, status: 'done', fileId: uploaded.fileID, url: uploaded.url } : item,
        ),
      );
    } catch {
      if (!live.current) return;
      setItems((now) => now.map((item) => (item.key === key ? { key, status: 'failed', path } : item)));
    }
  };

  const add = async () => {
    setPickError(null);
    const room = MAX_PHOTOS - items.length;
    if (room <= 0) return;
    let paths: string[];
    try {
      paths = await pickPhotos(room);
    } catch (error) {
      setPickError(asCloudError(error).message);
      return;
    }
    const added = paths.slice(0, room).map((path) => ({ key: nextKey++, status: 'uploading' as const, path }));
    if (added.length === 0) return;
    setItems((now) => [...now, ...added].slice(0, MAX_PHOTOS));
    await Promise.all(added.map((item) => upload(item.key, item.path)));
  };

  return {
    items,
    fileIds: items.flatMap((item) => (item.status === 'done' ? [item.fileId] : [])),
    uploading: items.some((item) => item.status === 'uploading'),
    failed: items.some((item) => item.status === 'failed'),
    pickError,
    add,
    retry: (key) => {
      const item = items.find((one) => one.key === key);
      if (item?.status === 'failed') void upload(key, item.path);
    },
    remove: (key) => setItems((now) => now.filter((item) => item.key !== key)),
    reset: (fileIds) => {
      setPickError(null);
      setItems(stored(fileIds));
    },
  };
}

/** The field: the count, the thumbnails with 删除 (重试 where an upload failed), and 添加照片. */
export function NominationPhotos({ uploads, error }: { uploads: PhotoUploads; error?: string }) {
  const { items } = uploads;
  const shown = items.flatMap((item) => (item.status === 'done' && item.url ? [item.url] : []));
  return (
    <View className={`jx-field${error ? ' jx-field--error' : ''}`} role="group" aria-label="工作照片">
      <Text className="jx-text-body jx-field__label">
        工作照片<Text className="jx-field__optional">（选填）</Text>
        <Text className="jx-text-secondary jx-photo-count">
          {' '}
          {items.length}/{MAX_PHOTOS}
        </Text>
      </Text>
      {items.length > 0 ? (
        <View className="jx-photos" role="list" aria-label={`已选照片 ${items.length}/${MAX_PHOTOS}`}>
          {items.map((item, i) => (
            <View key={item.key} className="jx-photos__item" role="listitem" aria-label={`照片 ${i + 1}`}>
              {item.status === 'done' && item.url ? (
                <View role="button" aria-label={`查看照片 ${i + 1}`} onClick={() => previewPhotos(shown, item.url!)}>
                  <Image
                    className="jx-photos__thumb"
                    src={item.url}
                    mode="aspectFill"
                    nativeProps={{ alt: `照片 ${i + 1}` }}
                  />
                </View>
              ) : item.status === 'done' ? (
                <View className="jx-photos__thumb jx-photos__thumb--empty" aria-hidden="true" />
              ) : (
                <View className="jx-photos__thumb jx-photos__thumb--empty jx-photos__thumb--state">
                  <Text className="jx-text-secondary">{item.status === 'uploading' ? '正在上传' : '上传失败'}</Text>
                </View>
              )}
              {item.status === 'failed' ? (
                <Button className="jx-button jx-photo-button" type="primary" onClick={() => uploads.retry(item.key)}>
                  重试
                </Button>
              ) : null}
              {item.status !== 'uploading' ? (
                <Button className="jx-button jx-photo-button" fill="outline" onClick={() => uploads.remove(item.key)}>
                  删除
                </Button>
              ) : null}
            </View>
          ))}
        </View>
      ) : null}
      {uploads.failed ? (
        <ErrorText className="jx-field__message">照片没有上传成功，请点“重试”，或删除后重新选择。</ErrorText>
      ) : null}
      {uploads.pickError ? <ErrorText className="jx-field__message">{uploads.pickError}</ErrorText> : null}
      {error ? <ErrorText className="jx-field__message">{error}</ErrorText> : null}
      {!error && !uploads.failed ? (
        <Text className="jx-text-secondary jx-field__message jx-block">
          最多{MAX_PHOTOS}张，在岗工作的照片最好；候选人公布后公众可以看到。
        </Text>
      ) : null}
      {items.length < MAX_PHOTOS ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => void uploads.add()}>
            添加照片
          </Button>
        </View>
      ) : null}
    </View>
  );
}

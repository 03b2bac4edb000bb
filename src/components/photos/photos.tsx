// Photos stored in the cloud, shown as a row of thumbnails: their temporary URLs are fetched once, and a tap opens
// the platform's full-screen viewer, where the user can swipe through all of them.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { files } from '@/cloud/files';
import './photos.css';

export type PhotoUrls =
  { status: 'loading' } | { status: 'ready'; urls: Record<string, string> } | { status: 'error' };

/** Temporary URLs of stored photos, by file ID (none to load: ready at once). */
export function usePhotoUrls(fileIds: readonly string[]): { state: PhotoUrls; retry: () => void } {
  const key = fileIds.join('\n');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PhotoUrls>(
    fileIds.length === 0 ? { status: 'ready', urls: {} } : { status: 'loading' },
  );
  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    if (ids.length === 0) {
      setState({ status: 'ready', urls: {} });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    files.fileUrls(ids).then(
      (urls) => live && setState({ status: 'ready', urls }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return { state, retry: () => setAttempt((n) => n + 1) };
}

/** Opens the full-screen viewer on `current`, with the others a swipe away. */
export function previewPhotos(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current }).catch(() => undefined);
}

/** Thumbnails of `fileIds`; a tap shows the photo full screen. `name` says whose photos they are. */
export function PhotoGallery({ fileIds, name }: { fileIds: readonly string[]; name: string }) {
  const photos = usePhotoUrls(fileIds);
  return <PhotoThumbs fileIds={fileIds} name={name} photos={photos} />;
}

/** The gallery for URLs already being loaded (`usePhotoUrls`), when the page shows the first photo elsewhere too. */
export function PhotoThumbs({
  fileIds,
  name,
  photos: { state, retry },
}: {
  fileIds: readonly string[];
  name: string;
  photos: ReturnType<typeof usePhotoUrls>;
}) {
  if (fileIds.length === 0) return null;
  if (state.status === 'error') {
    return (
      <View className="jx-photos__failed" role="alert">
        <Text className="jx-text-secondary">照片暂时无法显示。</Text>
        <Button className="jx-button" fill="outline" onClick={retry}>
          重新加载照片
        </Button>
      </View>
    );
  }
  const urls = orderedUrls(fileIds, state);
  return (
    <View className="jx-photos" role="list" aria-label={`${name}的照片（${fileIds.length} 张）`}>
      {fileIds.map((id, i) => {
        const url = state.status === 'ready' ? state.urls[id] : undefined;
        return (
          <View key={id} className="jx-photos__item" role="listitem">
            {url ? (
              <View
                role="button"
                aria-label={`${name}的照片 ${i + 1}，点按查看大图`}
                onClick={() => previewPhotos(urls, url)}
              >
                <Image className="jx-photos__thumb" src={url} mode="aspectFill" nativeProps={{ alt: '' }} />
              </View>
            ) : (
              <View
                className="jx-photos__thumb jx-photos__thumb--empty"
                role="img"
                aria-label={`${name}的照片 ${i + 1}，正在加载`}
              />
            )}
          </View>
        );
      })}
    </View>
  );
}

/** The loaded URLs in the photos' order (missing files left out). */
export function orderedUrls(fileIds: readonly string[], state: PhotoUrls): string[] {
  return state.status === 'ready' ? fileIds.map((id) => state.urls[id]).filter((url): url is string => !!url) : [];
}

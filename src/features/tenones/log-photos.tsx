// 照片 on a 十个一 log: up to nine, picked now and uploaded only when the entry is sent (it may wait on the phone
// without network). Photos already stored on an entry being edited show from the cloud; new ones from the phone.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { files } from '@/cloud/files';
import { asCloudError } from '@/cloud/use-cloud-call';
import { ErrorText } from '@/components/form/messages';
import { pickPhotos } from '@/components/photos/photo-picker';
import { MAX_PHOTOS } from '@/shared/contracts/activity';
import '@/components/photos/photos.css';

/** A photo of the form: stored (`cloud://…`) or picked on the phone (a local path). */
export type LogPhoto = { kind: 'stored'; fileId: string } | { kind: 'picked'; path: string };

export const photoKey = (photo: LogPhoto) => (photo.kind === 'stored' ? photo.fileId : photo.path);

export function LogPhotos({
  photos,
  onChange,
  error,
  localUrls = {},
}: {
  photos: LogPhoto[];
  /** URLs of photos kept on the phone (a queued log's), by kept path. */
  localUrls?: Readonly<Record<string, string>>;
  onChange: (photos: LogPhoto[]) => void;
  error?: string;
}) {
  const [pickError, setPickError] = useState<string | null>(null);
  const [urls, setUrls] = useState<Record<string, string>>({});
  const storedIds = photos.flatMap((photo) => (photo.kind === 'stored' ? [photo.fileId] : []));
  const storedKey = storedIds.join('\n');
  useEffect(() => {
    if (!storedKey) return;
    let live = true;
    files.fileUrls(storedKey.split('\n')).then(
      (found) => live && setUrls((now) => ({ ...now, ...found })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [storedKey]);

  const add = async () => {
    setPickError(null);
    const room = MAX_PHOTOS - photos.length;
    if (room <= 0) return;
    try {
      const paths = await pickPhotos(room);
      onChange([...photos, ...paths.slice(0, room).map((path) => ({ kind: 'picked' as const, path }))]);
    } catch (failure) {
      setPickError(asCloudError(failure).message);
    }
  };

  return (
    <View className={`jx-field${error ? ' jx-field--error' : ''}`} role="group" aria-label="照片">
      <Text className="jx-text-body jx-field__label">
        照片<Text className="jx-field__optional">（选填）</Text>
        <Text className="jx-text-secondary">
          {' '}
          {photos.length}/{MAX_PHOTOS}
        </Text>
      </Text>
      {photos.length > 0 ? (
        <View className="jx-photos" role="list" aria-label={`已选照片 ${photos.length}/${MAX_PHOTOS}`}>
          {photos.map((photo, i) => {
            const src = photo.kind === 'stored' ? urls[photo.fileId] : (localUrls[photo.path] ?? photo.path);
            return (
              <View key={photoKey(photo)} className="jx-photos__item" role="listitem" aria-label={`照片 ${i + 1}`}>
                {src ? (
                  <Image
                    className="jx-photos__thumb"
                    src={src}
                    mode="aspectFill"
                    nativeProps={{ alt: `照片 ${i + 1}` }}
                  />
                ) : (
                  <View className="jx-photos__thumb jx-photos__thumb--empty" aria-hidden="true" />
                )}
                <Button
                  className="jx-button"
                  fill="outline"
                  onClick={() => onChange(photos.filter((other) => other !== photo))}
                >
                  删除
                </Button>
              </View>
            );
          })}
        </View>
      ) : null}
      {pickError ? <ErrorText className="jx-field__message">{pickError}</ErrorText> : null}
      {error ? (
        <ErrorText className="jx-field__message">{error}</ErrorText>
      ) : (
        <Text className="jx-text-secondary jx-field__message jx-block">
          最多{MAX_PHOTOS}张。照片经过内容安全检测后才计入；没有网络时先存在手机上。
        </Text>
      )}
      {photos.length < MAX_PHOTOS ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" onClick={() => void add()}>
            添加照片
          </Button>
        </View>
      ) : null}
    </View>
  );
}

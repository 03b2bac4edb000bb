// A studio's photos as a form field: thumbnails of those stored, 删除 under each, and 添加照片, which uploads each
// picked photo at once into the master's own folder (the server takes studio photos only from there). WeChat's
// image check runs when the studio is saved; until its verdict the public does not see a new photo.
import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { files } from '@/cloud/files';
import { asCloudError } from '@/cloud/use-cloud-call';
import { FieldFrame } from '@/components/form/fields';
import { pickPhotos } from '@/components/photos/photo-picker';
import { usePhotoUrls } from '@/components/photos/photos';
import { newId } from '@/shared/ids';
import { MAX_STUDIO_PHOTOS } from '@/shared/mentoring/vocabulary';
import '@/components/photos/photos.css';
import '@/components/staff/admin.css';

export function StudioPhotos({
  value,
  onChange,
  folder,
  error,
}: {
  value: string[];
  onChange: (fileIds: string[]) => void;
  /** The master's own upload folder, `mentoring/<id>`. */
  folder: string;
  error?: string;
}) {
  const { state } = usePhotoUrls(value);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const room = MAX_STUDIO_PHOTOS - value.length;

  const add = async () => {
    setFailure(null);
    try {
      const paths = await pickPhotos(room);
      if (paths.length === 0) return;
      setBusy(true);
      const uploaded: string[] = [];
      for (const path of paths.slice(0, room)) {
        uploaded.push((await files.uploadFile(path, `${folder}/${newId()}.jpg`)).fileID);
      }
      onChange([...value, ...uploaded]);
    } catch (problem) {
      setFailure(`照片没有上传成功：${asCloudError(problem).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FieldFrame
      label={`工作室照片（${value.length}/${MAX_STUDIO_PHOTOS}）`}
      optional
      error={error ?? failure ?? undefined}
      hint="保存后经内容安全检测，通过前公众看不到新照片"
    >
      {value.length > 0 ? (
        <View className="jx-photos" role="list" aria-label="工作室照片">
          {value.map((fileId, i) => {
            const url = state.status === 'ready' ? state.urls[fileId] : undefined;
            return (
              <View key={fileId} className="jx-photos__item" role="listitem" aria-label={`照片 ${i + 1}`}>
                {url ? (
                  <Image
                    className="jx-photos__thumb"
                    src={url}
                    mode="aspectFill"
                    nativeProps={{ alt: `照片 ${i + 1}` }}
                  />
                ) : (
                  <View className="jx-photos__thumb jx-photos__thumb--empty" aria-hidden="true" />
                )}
                <Button
                  className="jx-button jx-photo-button"
                  fill="outline"
                  onClick={() => onChange(value.filter((one) => one !== fileId))}
                >
                  删除
                </Button>
              </View>
            );
          })}
        </View>
      ) : (
        <Text className="jx-text-secondary jx-block">还没有照片。</Text>
      )}
      {room > 0 ? (
        <View className="jx-actions">
          <Button className="jx-button" fill="outline" loading={busy} onClick={() => void add()}>
            {busy ? '正在上传' : '添加照片'}
          </Button>
        </View>
      ) : null}
    </FieldFrame>
  );
}

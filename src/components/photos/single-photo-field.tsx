// One photo as a form field (a registration's 工作照, a contest's poster): picked and uploaded at once into the
// folder the caller names (the server takes files only from the uploader's own folder), shown as a thumbnail,
// replaceable. What the image check says of it, if anything, is the caller's `hint`.
import { Button } from '@nutui/nutui-react-taro';
import { Image, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { files } from '@/cloud/files';
import { asCloudError } from '@/cloud/use-cloud-call';
import { FieldFrame } from '@/components/form/fields';
import { pickPhoto } from './photo-picker';
import './photos.css';

export function SinglePhotoField({
  label,
  optional,
  value,
  onChange,
  cloudPath,
  error,
  hint,
}: {
  label: string;
  optional?: boolean;
  /** The stored file id, or '' for none. */
  value: string;
  onChange: (fileId: string) => void;
  /** Where the picked photo is uploaded (inside the uploader's own folder). */
  cloudPath: () => Promise<string>;
  error?: string;
  hint?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    if (value)
      files.fileUrls([value]).then(
        (urls) => live && setUrl(urls[value] ?? null),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [value]);

  const pick = async () => {
    setFailure(null);
    try {
      const path = await pickPhoto();
      if (!path) return;
      setBusy(true);
      const uploaded = await files.uploadFile(path, await cloudPath());
      onChange(uploaded.fileID);
    } catch (problem) {
      setFailure(asCloudError(problem).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FieldFrame label={label} optional={optional} error={error ?? failure ?? undefined} hint={hint}>
      {url ? <Image className="jx-photos__thumb" src={url} mode="aspectFill" nativeProps={{ alt: label }} /> : null}
      <View className="jx-actions">
        <Button className="jx-button" fill="outline" loading={busy} onClick={() => void pick()}>
          {busy ? '正在上传' : value ? `换一张${label}` : `上传${label}`}
        </Button>
        {value && optional ? (
          <Button className="jx-button" fill="none" onClick={() => onChange('')}>
            {`删除${label}`}
          </Button>
        ) : null}
      </View>
    </FieldFrame>
  );
}

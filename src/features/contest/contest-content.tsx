// What content security changes on a worker's contest page: the poster (the server sends it only once WeChat's image
// check passed it) at the head of the page, tap to see it full screen; and on their entry, which answers are held for
// the organisers or were refused, and why.
import { Image, Text, View } from '@tarojs/components';
import { previewPhotos, usePhotoUrls } from '@/components/photos/photos';
import type { ContestView, EntryView } from '@/shared/contracts/contest';

export function Poster({ contest }: { contest: ContestView }) {
  const { state } = usePhotoUrls(contest.poster ? [contest.poster] : []);
  const url = contest.poster && state.status === 'ready' ? state.urls[contest.poster] : undefined;
  if (!url) return null;
  return (
    <View role="button" aria-label={`${contest.title}的海报，点按查看大图`} onClick={() => previewPhotos([url], url)}>
      <Image className="jx-contest-poster" src={url} mode="widthFix" nativeProps={{ alt: `${contest.title}海报` }} />
    </View>
  );
}

/** Lines about the entry's held or refused answers, by the organiser's field labels. */
export function holdLines(
  contest: Pick<ContestView, 'fields'>,
  entry: Pick<EntryView, 'holds' | 'answers'>,
): string[] {
  const labelOf = (key: string) => contest.fields.find((field) => field.key === key)?.label ?? key;
  const photoLabel = (fileId: string) => {
    const key = contest.fields.find((field) => field.type === 'photo' && entry.answers[field.key] === fileId)?.key;
    return key ? labelOf(key) : '照片';
  };
  return [
    ...entry.holds.texts.map((hold) =>
      hold.state === 'review'
        ? `“${labelOf(hold.field)}”正在由主办方审核`
        : `“${labelOf(hold.field)}”未通过审核：${hold.reason ?? '未说明'}`,
    ),
    ...entry.holds.images.map((hold) =>
      hold.state === 'checking'
        ? `“${photoLabel(hold.fileId)}”正在进行内容安全检测`
        : `一张照片未通过内容安全检测，已移除：${hold.reason ?? '未说明'}`,
    ),
  ];
}

export function EntryHolds({ contest, entry }: { contest: ContestView; entry: EntryView }) {
  const lines = holdLines(contest, entry);
  if (lines.length === 0) return null;
  return (
    <View role="note" aria-label="报名信息审核">
      {lines.map((line) => (
        <Text key={line} className="jx-text-secondary jx-block">
          {line}
        </Text>
      ))}
    </View>
  );
}

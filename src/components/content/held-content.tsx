// What content security holds back, as its author and staff see it: a text 审核中 until a person decides (or
// refused, with why), photos 审核中 until WeChat's verdict (or removed, with why). The public never sees held content,
// so these marks only appear on the author's and staff's pages.
import { Text, View } from '@tarojs/components';
import type { ContentHolds } from '@/shared/contracts/content-holds';

type TextHoldView = ContentHolds['texts'][number];

/** The hold on one field, if any. */
export function textHoldOf(content: ContentHolds, field: string): TextHoldView | undefined {
  return content.texts.find((hold) => hold.field === field);
}

/** A mark beside a held text: 审核中, or 未通过审核. */
export function HeldTag({ hold }: { hold: TextHoldView | undefined }) {
  if (!hold) return null;
  return (
    <Text className="jx-tag jx-tag--brand jx-title-tag">{hold.state === 'review' ? '审核中' : '未通过审核'}</Text>
  );
}

/** A line under a held text saying what it means for the public, or why it was refused. */
export function HeldTextNote({ hold, label }: { hold: TextHoldView | undefined; label: string }) {
  if (!hold) return null;
  return (
    <View role="note">
      <Text className="jx-text-secondary jx-block">
        {hold.state === 'review'
          ? `${label}需人工审核（内容安全）：审核通过前只有提交人和工作人员能看到`
          : `${label}未通过内容审核${hold.reason ? `：${hold.reason}` : ''}`}
      </Text>
    </View>
  );
}

/** Photos still under WeChat's check, and those it refused (already removed), in words. */
export function ImageHoldsNote({ content }: { content: ContentHolds }) {
  const checking = content.images.filter((image) => image.state === 'checking').length;
  const refused = content.images.filter((image) => image.state === 'refused');
  if (checking === 0 && refused.length === 0) return null;
  return (
    <View role="note" aria-label="照片内容审核">
      {checking > 0 ? (
        <Text className="jx-text-secondary jx-block">
          <Text className="jx-tag jx-tag--brand">审核中</Text>
          {checking} 张照片正在进行内容安全检测，通过前公众看不到
        </Text>
      ) : null}
      {refused.map((image) => (
        <Text key={image.fileId} className="jx-text-secondary jx-block">
          1 张照片{image.reason ?? '未通过内容安全检测，已移除'}
        </Text>
      ))}
    </View>
  );
}

// The attendee's check-in on the day: 扫码签到 at the venue (WeChat's scanner; in the H5 build a picked image, through
// the scan seam) or, for an online lecture (进网络), the 6-digit code shown in the stream. The function checks the
// signed, rotating code; a refused one says why (expired: scan the current one; a wrong code: tries left).
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { asCloudError } from '@/cloud/use-cloud-call';
import { TextField } from '@/components/form/fields';
import { ErrorText } from '@/components/form/messages';
import { fieldMessage } from '@/components/format/format';
import { scanCheckInCode } from '@/platform/scan';
import { checkInShortCodeSchema } from '@/shared/check-in/schemas';
import { mentoringContract, type SessionCard } from '@/shared/contracts/mentoring';
import { SHORT_CODE_TRIES } from '@/shared/mentoring/vocabulary';

export function ScanCheckIn({ sessionId, onDone }: { sessionId: string; onDone: (card: SessionCard) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scan = async () => {
    setError(null);
    try {
      const token = await scanCheckInCode();
      if (!token) return;
      setBusy(true);
      onDone(await callFunction(mentoringContract, 'checkInSession', { sessionId, token }));
    } catch (failure) {
      setError(asCloudError(failure).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-actions">
      <Text className="jx-text-secondary jx-block">请扫描师傅在现场展示的签到二维码。</Text>
      <Button className="jx-button" type="primary" loading={busy} onClick={() => void scan()}>
        扫码签到
      </Button>
      {error ? <ErrorText>{error}</ErrorText> : null}
    </View>
  );
}

export function CodeCheckIn({ sessionId, onDone }: { sessionId: string; onDone: (card: SessionCard) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    const parsed = checkInShortCodeSchema.safeParse(code);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请输入6位签到码');
      return;
    }
    setError(null);
    setBusy(true);
    try {
      onDone(await callFunction(mentoringContract, 'checkInSessionByCode', { sessionId, code: parsed.data }));
    } catch (failure) {
      const failed = asCloudError(failure);
      setError(failed.field === 'code' ? fieldMessage(failed) : failed.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View aria-label="输入签到码">
      <TextField
        label="签到码"
        type="number"
        value={code}
        onChange={(value) => {
          setCode(value);
          setError(null);
        }}
        error={error ?? undefined}
        hint={`直播中师傅展示的6位数字，每人最多输入${SHORT_CODE_TRIES}次`}
        maxLength={6}
        placeholder="6位数字"
        onConfirm={() => void submit()}
      />
      <Button block className="jx-button" type="primary" loading={busy} onClick={() => void submit()}>
        {busy ? '正在签到' : '签到'}
      </Button>
    </View>
  );
}

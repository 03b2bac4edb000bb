// 扫码签到 on the contest day: the worker scans the organisers' screen (WeChat's scanner; in the H5 build a picked
// image) and the function checks the signed, rotating code. A refused code says why (expired: scan the current one).
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import type { CloudError } from '@/cloud/cloud-error';
import { scanCheckInCode } from '@/platform/scan';
import { contestContract, type EntryView } from '@/shared/contracts/contest';

export function CheckInButton({ contestId, onDone }: { contestId: string; onDone: (entry: EntryView) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scan = async () => {
    setError(null);
    const token = await scanCheckInCode();
    if (!token) return;
    setBusy(true);
    try {
      onDone(await callFunction(contestContract, 'checkIn', { contestId, token }));
    } catch (failure) {
      setError((failure as CloudError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="jx-actions">
      <Button className="jx-button" type="primary" loading={busy} onClick={() => void scan()}>
        扫码签到
      </Button>
      {error ? (
        <View role="alert">
          <Text className="jx-text-error jx-block">{error}</Text>
        </View>
      ) : null}
    </View>
  );
}

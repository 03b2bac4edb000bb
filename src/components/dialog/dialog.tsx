// A modal panel over the page, and the one most staff actions need: say why (kept in the audit log), confirm,
// and see what went wrong without losing what was typed.
import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState, type ReactNode } from 'react';
import { asCloudError } from '@/cloud/use-cloud-call';
import { TextAreaField } from '@/components/form/fields';
import { fieldMessage } from '@/components/format/format';
import { ErrorText } from '@/components/form/messages';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children?: ReactNode;
  /** The buttons at the bottom, confirming action last. */
  actions: ReactNode;
}

export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  if (!open) return null;
  return (
    <View className="jx-dialog">
      <View className="jx-dialog__backdrop" onClick={onClose} />
      <View className="jx-dialog__panel" role="dialog" aria-modal="true" aria-label={title}>
        <Text className="jx-text-title jx-dialog__title">{title}</Text>
        <View className="jx-dialog__body">{children}</View>
        <View className="jx-actions jx-actions--end">{actions}</View>
      </View>
    </View>
  );
}

/** Reads a field's problem from the dialog's last failure. */
export type FieldErrorOf = (field: string) => string | undefined;

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two. */
  description?: ReactNode;
  confirmText: string;
  onCancel: () => void;
  /**
   * Does the action; a thrown CloudError stays in the dialog (next to its field when it names one). The caller
   * closes the dialog when it succeeds.
   */
  onConfirm: (reason: string) => Promise<void>;
  /** Whether a reason is asked for, and whether it may be left empty. */
  reason?: 'required' | 'optional' | 'none';
  reasonLabel?: string;
  reasonHint?: string;
  /** Further fields above the reason, given their errors. */
  children?: (errorOf: FieldErrorOf) => ReactNode;
  /** The input fields `children` shows (their errors appear there, not at the bottom). */
  fields?: readonly string[];
}

export function ReasonDialog({
  open,
  title,
  description,
  confirmText,
  onCancel,
  onConfirm,
  reason: reasonMode = 'required',
  reasonLabel = '原因',
  reasonHint = '会记入操作日志',
  children,
  fields = [],
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // Each opening starts clean.
  useEffect(() => {
    if (open) {
      setReason('');
      setFailure(null);
      setBusy(false);
    }
  }, [open]);

  const confirm = async () => {
    if (busy) return;
    const trimmed = reason.trim();
    if (reasonMode === 'required' && trimmed.length < 2) {
      setFailure({ field: 'reason', message: `请填写${reasonLabel}（至少2个字）` });
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(trimmed);
    } catch (error) {
      const failed = asCloudError(error);
      setFailure({ field: failed.field, message: failed.field ? fieldMessage(failed) : failed.message });
    } finally {
      setBusy(false);
    }
  };

  const errorOf: FieldErrorOf = (field) => (failure?.field === field ? failure.message : undefined);
  const shownByField =
    failure?.field !== undefined &&
    (failure.field === 'reason' ? reasonMode !== 'none' : fields.includes(failure.field));
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          <Button className="jx-button" fill="outline" onClick={onCancel}>
            取消
          </Button>
          <Button className="jx-button" type="primary" loading={busy} onClick={() => void confirm()}>
            {busy ? '正在提交' : confirmText}
          </Button>
        </>
      }
    >
      {description ? <View className="jx-text-body jx-dialog__description">{description}</View> : null}
      {children ? children(errorOf) : null}
      {reasonMode !== 'none' ? (
        <TextAreaField
          label={reasonLabel}
          optional={reasonMode === 'optional'}
          value={reason}
          onChange={setReason}
          error={errorOf('reason')}
          hint={reasonHint}
          maxLength={200}
        />
      ) : null}
      {failure && !shownByField ? <ErrorText className="jx-dialog__failure">{failure.message}</ErrorText> : null}
    </Dialog>
  );
}

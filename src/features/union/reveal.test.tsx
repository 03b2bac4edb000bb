/**
 * @jest-environment jsdom
 */
// 查看 a masked number: the full value only after a stated reason, sent with the request; a refusal stays in the
// dialog with the reason as typed.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto, valueOf } from '@/cloud/testing/typing';
import { RevealableValue } from './reveal';

componentTestFrame();

function renderPhone() {
  render(<RevealableValue userId="u-demo-001" personName="陈晓东" field="phone" masked="139****0000" />);
}

async function confirm() {
  const dialog = screen.getByRole('dialog', { name: '查看陈晓东的手机号' });
  await act(async () => {
    fireEvent.click(within(dialog).getByText('查看'));
  });
}

describe('查看 a masked number', () => {
  it('asks why, sends the reason, and shows the value', async () => {
    const calls = installFakeCloud({ union: { revealPersonal: () => ({ value: '13910000000' }) } });
    renderPhone();
    expect(screen.getByText('139****0000')).toBeTruthy();
    fireEvent.click(screen.getByText('查看'));
    expect(screen.getByText('完整号码只能用于工作需要。查看会记入操作日志，包括你填写的原因。')).toBeTruthy();

    await confirm();
    expect(screen.getByText('请填写查看原因（至少2个字）')).toBeTruthy();
    expect(calls).toHaveLength(0);

    typeInto('查看原因', '核实竞赛报名信息');
    await confirm();
    expect(await screen.findByText('13910000000')).toBeTruthy();
    expect(screen.getByText('已查看，已记录')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual([
      {
        fn: 'union',
        action: 'revealPersonal',
        input: { userId: 'u-demo-001', field: 'phone', reason: '核实竞赛报名信息' },
      },
    ]);
  });

  it('keeps the dialog and the reason when the server refuses', async () => {
    installFakeCloud({
      union: {
        revealPersonal: () => {
          throw new FakeFailure('FORBIDDEN', '你没有权限进行此操作');
        },
      },
    });
    renderPhone();
    fireEvent.click(screen.getByText('查看'));
    typeInto('查看原因', '核实竞赛报名信息');
    await confirm();
    const dialog = await screen.findByRole('dialog', { name: '查看陈晓东的手机号' });
    expect(within(dialog).getByText('你没有权限进行此操作')).toBeTruthy();
    expect(valueOf('查看原因')).toBe('核实竞赛报名信息');
    expect(screen.getByText('139****0000')).toBeTruthy();
  });

  it('shows 未填写 with nothing to reveal when there is no number', () => {
    render(<RevealableValue userId="u-2" personName="李卫国" field="idNumber" masked={null} />);
    expect(screen.getByText('未填写')).toBeTruthy();
    expect(screen.queryByText('查看')).toBeNull();
  });
});

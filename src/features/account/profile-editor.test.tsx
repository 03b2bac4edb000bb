/**
 * @jest-environment jsdom
 */
// 编辑资料: consent is asked for and recorded before the form; what is wrong shows next to its field (from the
// form's own checks and from the server), and what the user typed survives every failure.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { aMe, aWorker, FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto, valueOf } from '@/cloud/testing/typing';
import { PRIVACY_TERMS_VERSION } from '@/shared/people/vocabulary';
import { ProfileEditor } from './profile-editor';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

function fillValidForm() {
  typeInto('姓名', '付晓明');
  typeInto('查找工种', '数控');
  fireEvent.click(screen.getByRole('radio', { name: '数控车工' }));
  fireEvent.click(screen.getByRole('radio', { name: '中级工' }));
  typeInto('手机号', '13912345678');
}

describe('编辑资料', () => {
  it('asks for consent first and records it before showing the form', async () => {
    const consented = aMe({ consentVersion: PRIVACY_TERMS_VERSION });
    const calls = installFakeCloud({
      account: { me: () => aMe(), consent: () => consented },
    });
    render(<ProfileEditor />);
    expect(await screen.findByText('隐私保护指引')).toBeTruthy();
    expect(screen.queryByLabelText('姓名')).toBeNull();

    fireEvent.click(screen.getByText('同意并继续'));
    expect(await screen.findByText('填写资料')).toBeTruthy();
    expect(calls.map((c) => c.action)).toEqual(['me', 'consent']);
    expect(calls[1]!.input).toEqual({ version: PRIVACY_TERMS_VERSION });
    // No profile yet: nothing to read back unmasked.
    expect(calls.some((c) => c.action === 'myPersonal')).toBe(false);
  });

  it('says what is wrong next to each field without sending anything, and keeps what was typed', async () => {
    const calls = installFakeCloud({ account: { me: () => aMe({ consentVersion: PRIVACY_TERMS_VERSION }) } });
    render(<ProfileEditor />);
    await screen.findByText('填写资料');
    typeInto('姓名', '付');
    typeInto('手机号', '1391234');
    typeInto('身份证号', '123');
    fireEvent.click(screen.getByText('保存资料'));

    expect(await screen.findByText('请填写真实姓名（2到40个字）')).toBeTruthy();
    expect(screen.getByText('请选择工种')).toBeTruthy();
    expect(screen.getByText('请选择技能等级')).toBeTruthy();
    expect(screen.getByText('请输入11位手机号码')).toBeTruthy();
    expect(screen.getByText('请输入有效的18位身份证号码，或留空')).toBeTruthy();
    expect(calls.map((c) => c.action)).toEqual(['me']);
    expect(valueOf('姓名')).toBe('付');
    expect(valueOf('手机号')).toBe('1391234');
  });

  it('shows the server’s field error next to that field, in plain words', async () => {
    installFakeCloud({
      account: {
        me: () => aMe({ consentVersion: PRIVACY_TERMS_VERSION }),
        saveProfile: () => {
          throw new FakeFailure('INVALID_INPUT', '字段 phone：这个号码已停用', 'phone');
        },
      },
    });
    render(<ProfileEditor />);
    await screen.findByText('填写资料');
    fillValidForm();
    await act(async () => {
      fireEvent.click(screen.getByText('保存资料'));
    });
    expect(await screen.findByText('这个号码已停用')).toBeTruthy();
    expect(screen.queryByText(/字段 phone/)).toBeNull();
    expect(valueOf('姓名')).toBe('付晓明');
    expect(valueOf('手机号')).toBe('13912345678');
  });

  it('goes back to the privacy guide when the server wants consent again, and keeps the form', async () => {
    let consents = 0;
    const calls = installFakeCloud({
      account: {
        me: () => aMe({ consentVersion: PRIVACY_TERMS_VERSION }),
        saveProfile: (input) => {
          if (consents === 0) throw new FakeFailure('FORBIDDEN', '请先阅读并同意隐私保护指引');
          return aWorker({ profile: { ...aWorker().profile!, realName: String(input.realName) } });
        },
        consent: () => {
          consents += 1;
          return aMe({ consentVersion: PRIVACY_TERMS_VERSION });
        },
      },
    });
    render(<ProfileEditor />);
    await screen.findByText('填写资料');
    fillValidForm();
    await act(async () => {
      fireEvent.click(screen.getByText('保存资料'));
    });
    expect(await screen.findByText('隐私保护指引')).toBeTruthy();

    fireEvent.click(screen.getByText('同意并继续'));
    await screen.findByText('填写资料');
    expect(valueOf('姓名')).toBe('付晓明');
    await act(async () => {
      fireEvent.click(screen.getByText('保存资料'));
    });
    expect(await screen.findByText('✓ 资料已保存')).toBeTruthy();
    const saves = calls.filter((c) => c.action === 'saveProfile');
    expect(saves).toHaveLength(2);
    expect(saves[1]!.input).toEqual({
      realName: '付晓明',
      trade: 'cnc_lathe_operator',
      tradeNote: null,
      skillLevel: 'intermediate',
      phone: '13912345678',
      idNumber: null,
      photoFileId: null,
      frontline: false,
    });
  });

  it('picks the trade from the searchable list; 其他 takes the worker’s own words; 一线职工 is stated', async () => {
    const calls = installFakeCloud({
      account: {
        me: () => aMe({ consentVersion: PRIVACY_TERMS_VERSION }),
        saveProfile: () => aWorker(),
      },
    });
    render(<ProfileEditor />);
    await screen.findByText('填写资料');
    typeInto('姓名', '付晓明');
    typeInto('查找工种', '焊');
    // Only the matches, and 其他 whatever the search.
    expect(screen.getByRole('radio', { name: '焊工' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '电工' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '其他' }));
    typeInto('工种名称', '无损检测员');
    fireEvent.click(screen.getByRole('radio', { name: '中级工' }));
    fireEvent.click(screen.getByRole('radio', { name: '是' }));
    typeInto('手机号', '13912345678');
    await act(async () => {
      fireEvent.click(screen.getByText('保存资料'));
    });
    expect(await screen.findByText('✓ 资料已保存')).toBeTruthy();
    expect(calls.find((c) => c.action === 'saveProfile')!.input).toMatchObject({
      trade: 'other',
      tradeNote: '无损检测员',
      frontline: true,
    });
  });

  it('fills the form with the owner’s unmasked numbers for editing', async () => {
    installFakeCloud({
      account: {
        me: () => aWorker({ profile: { ...aWorker().profile!, idNumberMasked: '9901**********1004' } }),
        myPersonal: () => ({ phone: '13910000000', idNumber: '990101197001011004' }),
      },
    });
    render(<ProfileEditor />);
    expect(await screen.findByText('编辑资料')).toBeTruthy();
    expect(valueOf('姓名')).toBe('陈晓东');
    expect(valueOf('手机号')).toBe('13910000000');
    expect(valueOf('身份证号')).toBe('990101197001011004');
    expect(screen.getByRole('radio', { name: '高级工' }).getAttribute('aria-checked')).toBe('true');
  });

  it('offers 重试 when loading fails on the way', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    render(<ProfileEditor />);
    expect(await screen.findByText('网络不通，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});

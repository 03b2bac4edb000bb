// The audit log in words: actions by their Chinese names, before/after as short lines.
import { actionLabel, changeLines } from './audit-format';

describe('actionLabel', () => {
  it('names the people actions in Chinese and leaves an unknown action as it is', () => {
    expect(actionLabel('join.approve')).toBe('通过入会申请');
    expect(actionLabel('personal.reveal.idNumber')).toBe('查看身份证号');
    expect(actionLabel('modelWorker.designate')).toBe('认定劳模');
    expect(actionLabel('votes.zeroFlagged')).toBe('作废可疑投票');
    expect(actionLabel('candidate.disqualify')).toBe('取消候选人资格');
    expect(actionLabel('contest.create')).toBe('contest.create');
  });
});

describe('changeLines', () => {
  it('shows a change as 旧 → 新 with Chinese names and values', () => {
    expect(changeLines({ status: 'pending' }, { status: 'approved' })).toEqual(['状态：待审核 → 已通过']);
    expect(changeLines({ name: '甲工会' }, { name: '乙工会' })).toEqual(['名称：甲工会 → 乙工会']);
    expect(changeLines({ stage: 'scoring' }, { stage: 'result' })).toEqual(['阶段：专家评审 → 结果产生']);
    expect(changeLines({ status: 'open', kind: 'burst' }, { status: 'actioned', voided: 12 })).toEqual([
      '状态：待处理 → 已处理',
      '类型：投票突增',
      '作废票数：12',
    ]);
  });

  it('shows what was created, with honours and times in words', () => {
    expect(changeLines(null, { honours: [{ title: '区劳动模范', level: 'district', year: 2025 }] })).toEqual([
      '荣誉：区劳动模范（区级 2025）',
    ]);
    expect(changeLines(null, { name: '新工会', kind: 'enterprise', parent: '东城区总工会' })).toEqual([
      '名称：新工会',
      '类型：企业工会',
      '上级：东城区总工会',
    ]);
    expect(changeLines(null, { expiresAt: '2026-11-29T04:03:00.000Z' })).toEqual(['有效期至：11月29日 周日 12:03']);
  });

  it('leaves out what did not change, and says 无 for nothing', () => {
    expect(changeLines({ role: 'staff', active: true }, { role: 'staff', active: false })).toEqual(['有效：是 → 否']);
    expect(changeLines(null, { field: 'phone', masked: null })).toEqual(['字段：手机号', '号码：无']);
    expect(changeLines(null, null)).toEqual([]);
  });

  it('shows a key on one side only as a fact of the act, not as a change to or from 无', () => {
    expect(changeLines({ status: 'open', kind: 'new-account-cluster' }, { status: 'actioned', voided: 60 })).toEqual([
      '状态：待处理 → 已处理',
      '类型：新账号集中投票',
      '作废票数：60',
    ]);
    expect(changeLines({ status: 'approved', votes: 186 }, { status: 'disqualified' })).toEqual([
      '状态：已通过 → 已取消资格',
      '票数：186',
    ]);
  });
});

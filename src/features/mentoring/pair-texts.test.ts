// How a pair's state and what it waits for are worded: the overdue line carries 逾期 and its days in words (never
// colour alone), an agreement still to write or agree says so, and an ended pair shows its result.
import { cadenceText, changeWaitingText, dueLine, pairStateText, progressText } from './pair-texts';

const active = { state: 'active' as const, agreement: 'agreed' as const, overdueDays: 0 };

describe('dueLine', () => {
  it('names the next check and its Beijing day when not yet due', () => {
    expect(dueLine({ ...active, nextDue: { day: '2026-12-05', kind: 'check' } })).toEqual({
      text: '下次日常检查：2026年12月5日 周六',
      overdue: false,
    });
  });

  it('says how many days a late check is overdue, with the day it was due', () => {
    expect(dueLine({ ...active, nextDue: { day: '2026-11-20', kind: 'review' }, overdueDays: 12 })).toEqual({
      text: '阶段评估逾期 12 天（应于2026年11月20日 周五）',
      overdue: true,
    });
  });

  it('waits for the agreement before any check', () => {
    expect(dueLine({ ...active, agreement: 'none', nextDue: null })?.text).toBe('尚未拟定师徒协议');
    expect(dueLine({ ...active, agreement: 'proposed', nextDue: null })?.text).toBe('协议待徒弟同意');
    expect(dueLine({ ...active, agreement: 'proposed', nextDue: null }, 'apprentice')?.text).toBe(
      '师傅拟定了协议，等你同意',
    );
  });

  it('points to 出师考核 once the schedule is done, and has nothing to say for an ended pair', () => {
    expect(dueLine({ ...active, nextDue: null })?.text).toContain('出师考核');
    expect(dueLine({ ...active, state: 'ended', nextDue: null })).toBeNull();
  });
});

describe('pairStateText', () => {
  const ended = (grade: 'excellent' | 'pass' | 'fail' | null, how: 'graduated' | 'dissolved' = 'graduated') => ({
    state: 'ended' as const,
    ended: { how, grade },
  });
  it('shows the grade of an ended pair, and a dissolved one as such', () => {
    expect(pairStateText({ state: 'active', ended: null })).toBe('在带');
    expect(pairStateText(ended('excellent'))).toBe('已出师（优秀）');
    expect(pairStateText(ended('fail'))).toBe('已出师（不合格）');
    expect(pairStateText(ended(null, 'dissolved'))).toBe('已解除');
  });
});

describe('cadence and progress', () => {
  it('words a cadence the way people say it', () => {
    expect(cadenceText({ checkEveryMonths: 1, reviewEveryMonths: 3 })).toBe('每月日常检查，每3个月阶段评估');
  });

  it('names goals by their place in the agreement, and one since removed as such', () => {
    const check = {
      progress: [
        { goalId: 'b', percent: 40 },
        { goalId: 'x', percent: 100 },
      ],
    };
    expect(progressText(check, ['a', 'b'])).toEqual(['目标2：40%', '已删除的目标：100%']);
  });
});

describe('changeWaitingText', () => {
  it('tells each side a change waits for the apprentice, and nothing once none waits or the pair ended', () => {
    expect(changeWaitingText({ state: 'active', changeWaiting: true }, 'master')).toBe('协议修改待徒弟同意');
    expect(changeWaitingText({ state: 'active', changeWaiting: true }, 'apprentice')).toBe(
      '师傅修改了协议，等你同意',
    );
    expect(changeWaitingText({ state: 'active', changeWaiting: false }, 'master')).toBeNull();
    expect(changeWaitingText({ state: 'ended', changeWaiting: true }, 'apprentice')).toBeNull();
  });
});

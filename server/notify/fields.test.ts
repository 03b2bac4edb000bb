import { subscribeDataProblem } from 'cloudbase-local';
import { cut, fitValue, templateData } from './fields';

describe('subscribe message values', () => {
  it('cuts a name longer than 10 Chinese characters with …, and leaves a short one alone', () => {
    expect(fitValue('name', '欧阳娜娜娜娜娜娜娜娜娜')).toBe('欧阳娜娜娜娜娜娜娜…');
    expect([...fitValue('name', '欧阳娜娜娜娜娜娜娜娜娜')]).toHaveLength(10);
    expect(fitValue('name', '王建国')).toBe('王建国');
    expect(fitValue('name', 'Alexander the Great of Macedon')).toBe('Alexander the Great…');
  });

  it('keeps a thing to 20 characters on one line', () => {
    const long = '2026年度示范市工匠评选活动之先进制造业类别提名';
    expect([...fitValue('thing', long)]).toHaveLength(20);
    expect(fitValue('thing', long).endsWith('…')).toBe(true);
    expect(fitValue('thing', '第一行\n第二行')).toBe('第一行 第二行');
    expect(fitValue('thing', '   ')).toBe('—');
  });

  it('keeps only Chinese characters in a phrase, at most 5', () => {
    expect(fitValue('phrase', '已退回 (1)')).toBe('已退回');
    expect(fitValue('phrase', '请尽快修改后再提交')).toBe('请尽快修改');
    expect(fitValue('phrase', 'OK', '已处理')).toBe('已处理');
  });

  it('writes a time in Beijing time whatever the machine zone', () => {
    expect(fitValue('time', new Date('2026-12-01T16:30:00Z'))).toBe('2026年12月2日 00:30');
    expect(fitValue('date', new Date('2026-12-01T16:30:00Z'))).toBe('2026年12月2日');
    expect(() => fitValue('time', '明天')).toThrow(/Date/);
  });

  it('keeps character_string and number within their sets', () => {
    expect(fitValue('character_string', `编号AB-12${'x'.repeat(40)}`)).toBe(`AB-12${'x'.repeat(27)}`);
    expect(fitValue('number', 3)).toBe('3');
    expect(fitValue('number', '三', '0')).toBe('0');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(cut('😀'.repeat(5), 5)).toBe('😀'.repeat(5));
    expect(cut('😀'.repeat(6), 5)).toBe(`${'😀'.repeat(4)}…`);
  });

  it('forms data the local cloud (WeChat’s limits) accepts, however long the inputs', () => {
    const data = templateData({
      thing1: '一'.repeat(300),
      name2: '名'.repeat(30),
      phrase3: '不予通过并退回修改',
      time4: new Date('2026-12-01T02:00:00Z'),
      number5: 12,
      character_string6: '中文编号x'.repeat(20),
    });
    expect(subscribeDataProblem(data)).toBeUndefined();
    // Without forming, the same values fail the send.
    expect(subscribeDataProblem({ name2: { value: '名'.repeat(30) } })).toMatch(/name2/);
  });

  it('refuses a keyword that names no type', () => {
    expect(() => templateData({ title: 'x' })).toThrow(/names no type/);
  });
});

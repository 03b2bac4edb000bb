import fc from 'fast-check';
import { isTradeCode, tradeCodes, tradeLabels, tradeOfStored, trades, tradeText } from './trades';

describe('the trade list', () => {
  it('has unique codes and unique labels, and ends with 其他', () => {
    expect(new Set(tradeCodes).size).toBe(trades.length);
    expect(new Set(trades.map(([, label]) => label)).size).toBe(trades.length);
    expect(trades.length).toBeGreaterThanOrEqual(30);
    expect(tradeCodes[tradeCodes.length - 1]).toBe('other');
    expect(tradeLabels.other).toBe('其他');
  });

  it('keeps codes machine-stable: lower-case ASCII words', () => {
    for (const code of tradeCodes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('reading a stored trade', () => {
  it('keeps a code as it is, with no note unless it is 其他', () => {
    expect(tradeOfStored('welder')).toEqual({ code: 'welder', note: null });
    expect(tradeOfStored('welder', '焊接')).toEqual({ code: 'welder', note: null });
    expect(tradeOfStored('other', ' 无损检测员 ')).toEqual({ code: 'other', note: '无损检测员' });
  });

  it('maps an old free text that is a label, spaces aside', () => {
    expect(tradeOfStored('数控车工')).toEqual({ code: 'cnc_lathe_operator', note: null });
    expect(tradeOfStored(' 电 工 ')).toEqual({ code: 'electrician', note: null });
    expect(tradeOfStored('维修电工')).toEqual({ code: 'electrician', note: null }); // the old name
  });

  it('turns any other text into 其他 and keeps the text', () => {
    expect(tradeOfStored('无损检测员')).toEqual({ code: 'other', note: '无损检测员' });
    expect(tradeText(tradeOfStored('无损检测员'))).toBe('无损检测员');
    expect(tradeOfStored(undefined)).toEqual({ code: 'other', note: null });
    expect(tradeText({ code: 'other', note: null })).toBe('其他');
  });

  it('never loses a stored text: it reads back as the label or the same words', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (text) => {
        const value = tradeOfStored(text);
        const bare = text.replace(/\s+/g, '');
        return isTradeCode(text) || bare === '' || value.code !== 'other' || tradeText(value) === bare;
      }),
    );
  });
});

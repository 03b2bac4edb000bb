// How 师带徒 pages word places and stars, and why a worker may not apply before they try: the same cases the server
// refuses, in the order a worker can act on them.
import { applyRefusal, placesText, starsText, takingText, tradeLevelText } from './texts';

const master = { masterId: 'm1', trade: 'fitter' as const, accepting: true, hasPlace: true };
const me = { userId: 'u1', masterTrades: [] as string[] };

describe('applyRefusal', () => {
  it('offers the form to another worker when the master takes applications and has a place', () => {
    expect(applyRefusal(master, me)).toBeNull();
  });

  it('refuses the master themself', () => {
    expect(applyRefusal(master, { ...me, userId: 'm1' })?.message).toContain('不能向自己拜师');
  });

  it('refuses a worker who already has a master in the trade, naming the trade', () => {
    expect(applyRefusal(master, { ...me, masterTrades: ['fitter'] })?.message).toContain('你已有钳工工种的师傅');
    expect(applyRefusal(master, { ...me, masterTrades: ['welder'] })).toBeNull();
  });

  it('says whether the master is not taking applications or has no place left', () => {
    expect(applyRefusal({ ...master, accepting: false, hasPlace: false }, me)?.message).toContain('暂不接受');
    expect(applyRefusal({ ...master, hasPlace: false }, me)?.message).toContain('名额已满');
  });
});

describe('words', () => {
  it('reads places with the limit, taking applications, trade and level', () => {
    expect(placesText({ active: 3, limit: 5 })).toBe('已带 3/5 徒弟');
    expect(takingText({ accepting: false, hasPlace: false })).toBe('暂不收徒');
    expect(takingText({ accepting: true, hasPlace: false })).toBe('名额已满');
    expect(takingText({ accepting: true, hasPlace: true })).toBe('接受申请');
    expect(tradeLevelText({ trade: 'welder', level: 'senior_technician' })).toBe('焊工 · 高级技师');
    expect(tradeLevelText({ trade: 'welder', level: 'other' })).toBe('焊工');
  });

  it('writes stars as glyphs and words, and says when there are none', () => {
    expect(starsText(4)).toBe('★★★★☆ 4星');
    expect(starsText(null)).toBe('未评星');
  });
});

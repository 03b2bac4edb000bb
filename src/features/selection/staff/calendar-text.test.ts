import { daysOf, periodProblem, periodsOf } from './calendar-text';

describe('公示日历 periods', () => {
  it('lists the days of the periods picked, without repeats', () => {
    expect(
      daysOf([
        { from: '2027-01-01', to: '2027-01-03' },
        { from: '2027-02-06', to: '2027-02-07' },
        { from: '2027-01-02', to: '2027-01-02' },
      ]),
    ).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07']);
    expect(daysOf([{ from: '2027-12-31', to: '2028-01-01' }])).toEqual(['2027-12-31', '2028-01-01']);
  });

  it('reads saved days back as the periods they form', () => {
    const days = ['2027-02-06', '2027-01-01', '2027-01-02', '2027-01-03'];
    expect(periodsOf(days)).toEqual([
      { from: '2027-01-01', to: '2027-01-03' },
      { from: '2027-02-06', to: '2027-02-06' },
    ]);
    expect(daysOf(periodsOf(days))).toEqual([...days].sort());
  });

  it('names what is wrong with a period before it joins the list', () => {
    expect(periodProblem({}, 2027)).toBe('请先选择开始日期');
    expect(periodProblem({ from: '2027-01-05', to: '2027-01-01' }, 2027)).toBe('结束日期不能早于开始日期');
    expect(periodProblem({ from: '2027-01-01', to: '2027-03-01' }, 2027)).toBe('一段最多31天');
    expect(periodProblem({ from: '2026-12-31', to: '2027-01-01' }, 2027)).toBe(
      '日期须在2027年内（或次年1月的调休日）',
    );
    expect(periodProblem({ from: '2028-01-29' }, 2027)).toBeNull();
    expect(periodProblem({ from: '2027-10-01', to: '2027-10-07' }, 2027)).toBeNull();
  });
});

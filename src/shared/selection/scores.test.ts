import {
  NOT_A_SCORE,
  oneDecimal,
  POINTS_RULE,
  pointsSchema,
  rubricPointsSchema,
  scoreTotal,
  tooManyPoints,
} from './scores';

const rubric = [
  { criterion: '技能水平', maxPoints: 40 },
  { criterion: '创新成果', maxPoints: 60 },
];

const messages = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('an expert’s points', () => {
  it('take at most one decimal place, exactly', () => {
    expect([0, 7, 8.5, 99.9, 100].every(oneDecimal)).toBe(true);
    expect([8.25, 0.05, 33.33].some(oneDecimal)).toBe(false);
  });

  it('have their rule stated in words made from the same number the check uses', () => {
    expect(POINTS_RULE).toBe('每项可填0到该项满分之间的整数或1位小数，如 17.5 分');
    expect(NOT_A_SCORE).toBe('请填写数字，最多1位小数');
  });

  it('are 1 to 10 entries of 0 to 100 as the contract takes them, each refused at its place', () => {
    expect(pointsSchema.safeParse([0, 100, 55.5]).success).toBe(true);
    expect(pointsSchema.safeParse([]).success).toBe(false);
    expect(pointsSchema.safeParse(Array.from({ length: 11 }, () => 1)).success).toBe(false);
    expect(pointsSchema.safeParse(Array.from({ length: 10 }, () => 1)).success).toBe(true);
    expect(messages(pointsSchema.safeParse([1, -0.5]))).toEqual([['1', '分数不能小于0']]);
    expect(messages(pointsSchema.safeParse([1, 100.1]))).toEqual([['1', '每项最高100分']]);
    expect(messages(pointsSchema.safeParse([12.25]))).toEqual([['0', NOT_A_SCORE]]);
    expect(messages(pointsSchema.safeParse(['12']))).toEqual([['0', NOT_A_SCORE]]);
  });

  it('against a rubric: one entry per criterion, each within that criterion’s own maximum', () => {
    const schema = rubricPointsSchema(rubric);
    expect(schema.safeParse([40, 60]).success).toBe(true);
    expect(schema.safeParse([0, 0]).success).toBe(true);
    expect(messages(schema.safeParse([40.1, 60]))).toEqual([['0', '「技能水平」最高40分']]);
    expect(messages(schema.safeParse([10, 60.5]))).toEqual([['1', tooManyPoints(rubric[1]!)]]);
    expect(schema.safeParse([10]).success).toBe(false);
    expect(schema.safeParse([10, 20, 30]).success).toBe(false);
    expect(schema.safeParse([10]).error?.issues[0]?.message).toBe('请按评分细则逐项打分（共2项）');
  });

  it('add up to a total without floating-point noise', () => {
    expect(scoreTotal([0.1, 0.2])).toBe(0.3);
    expect(scoreTotal([33.3, 33.3, 33.4])).toBe(100);
    expect(scoreTotal([12.5])).toBe(12.5);
  });
});

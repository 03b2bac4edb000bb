import { changeableParts, changeRefusals, scheduleFixed, startsTooSoon } from './campaign-changes';
import { stages } from './stages';

describe('what a campaign’s organisers may still change', () => {
  it('takes categories only while the campaign is being set up', () => {
    expect(stages.filter((stage) => changeableParts(stage, false).categories)).toEqual(['draft']);
  });

  it('takes eligibility only before nominations open: every nominee meets the same bar', () => {
    expect(stages.filter((stage) => changeableParts(stage, false).eligibility)).toEqual(['draft']);
  });

  it('freezes the rubric with the rules when voting opens: experts score by the rubric the public was shown', () => {
    const open = stages.filter((stage) => changeableParts(stage, false).rubric);
    expect(open).toEqual(['draft', 'nomination', 'review', 'published']);
    expect(stages.filter((stage) => changeableParts(stage, false).rules)).toEqual(open);
  });

  it('keeps rules and rubric frozen once the campaign recorded the freeze, whatever its stage says', () => {
    expect(changeableParts('published', true)).toMatchObject({ rules: false, rubric: false, title: true });
  });

  it('changes nothing once the result is final', () => {
    expect(changeableParts('final', false)).toEqual({
      any: false,
      title: false,
      categories: false,
      eligibility: false,
      rules: false,
      rubric: false,
    });
  });

  it('fixes the start of every stage the campaign has reached', () => {
    expect(scheduleFixed('review', 'nomination')).toBe(true);
    expect(scheduleFixed('review', 'review')).toBe(true);
    expect(scheduleFixed('review', 'published')).toBe(false);
  });
});

describe('the words of a refusal', () => {
  it('says which part froze and when', () => {
    expect(changeRefusals.rubric).toBe('投票开始后评分细则不能修改');
    expect(changeRefusals.rules).toBe('投票开始后投票规则不能修改');
    expect(changeRefusals.categories).toBe('提名开始后评选类别不能修改');
    expect(changeRefusals.schedule).toBe('已开始阶段的时间不能修改');
    expect(changeRefusals.any).toBe('评选已结束，不能修改');
  });

  it('lets the title change at every stage but the final one', () => {
    expect(stages.filter((stage) => changeableParts(stage, false).title)).toEqual(stages.slice(0, -1));
    expect(stages.filter((stage) => changeableParts(stage, true).any)).toEqual(stages.slice(0, -1));
  });
});

describe('moving a stage not yet begun', () => {
  it('must land after today in Beijing, whatever the time of day', () => {
    const lateEvening = new Date('2026-12-31T23:59:00+08:00');
    expect(startsTooSoon('2026-12-31', lateEvening)).toBe(true);
    expect(startsTooSoon('2026-12-30', lateEvening)).toBe(true);
    expect(startsTooSoon('2027-01-01', lateEvening)).toBe(false);
    // 00:30 in Beijing is still the previous day in UTC: the Beijing date decides.
    expect(startsTooSoon('2027-01-01', new Date('2027-01-01T00:30:00+08:00'))).toBe(true);
  });
});

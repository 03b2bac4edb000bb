import { changeableParts, scheduleFixed } from './campaign-changes';
import { stages } from './stages';

describe('what a campaign’s organisers may still change', () => {
  it('takes categories only while the campaign is being set up', () => {
    expect(stages.filter((stage) => changeableParts(stage, false).categories)).toEqual(['draft']);
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

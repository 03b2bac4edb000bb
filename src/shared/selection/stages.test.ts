import {
  hasReached,
  isPublic,
  nextStage,
  publicityHasBegun,
  resultIsOut,
  rulesFrozen,
  countsRebuildable,
  scheduledStages,
  scoringHasOpened,
  stageIndex,
  stageLabels,
  stages,
  votingHasOpened,
} from './stages';

describe('the stages of a selection', () => {
  it('run draft → nomination → review → published → voting → scoring → result → 公示 → final', () => {
    expect(stages).toEqual([
      'draft',
      'nomination',
      'review',
      'published',
      'voting',
      'scoring',
      'result',
      'publicity',
      'final',
    ]);
    expect(stages.map(stageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('are shown by the names the unions use', () => {
    expect(stageLabels).toEqual({
      draft: '筹备中',
      nomination: '推荐提名',
      review: '资格审查',
      published: '候选人公布',
      voting: '公众投票',
      scoring: '专家评审',
      result: '结果产生',
      publicity: '公示',
      final: '结果确定',
    });
  });

  it('each have a scheduled start, except the draft, which starts when the campaign is created', () => {
    expect(scheduledStages).toEqual(stages.slice(1));
  });

  it('move on one at a time, and end with the final result', () => {
    expect(nextStage('draft')).toBe('nomination');
    expect(nextStage('voting')).toBe('scoring');
    expect(nextStage('publicity')).toBe('final');
    expect(nextStage('final')).toBeUndefined();
  });

  it('show the candidates to the public from the published nominee list on, and not before', () => {
    expect(stages.filter(isPublic)).toEqual(['published', 'voting', 'scoring', 'result', 'publicity', 'final']);
  });

  it('let the voting rules change until voting opens, and freeze them from the moment it does', () => {
    expect(stages.filter((stage) => !rulesFrozen(stage))).toEqual(['draft', 'nomination', 'review', 'published']);
    expect(rulesFrozen('published')).toBe(false);
    expect(rulesFrozen('voting')).toBe(true);
    expect(rulesFrozen('final')).toBe(true);
    // Counts are rebuilt only between the close of voting and the final result.
    expect(stages.filter(countsRebuildable)).toEqual(['scoring', 'result', 'publicity']);
  });
});

describe('what has happened by each stage', () => {
  const from = (predicate: (stage: (typeof stages)[number]) => boolean) => stages.filter(predicate);

  it('says each milestone from the stage it begins on, through the end', () => {
    expect(from(isPublic)).toEqual(['published', 'voting', 'scoring', 'result', 'publicity', 'final']);
    expect(from(votingHasOpened)).toEqual(['voting', 'scoring', 'result', 'publicity', 'final']);
    expect(from(scoringHasOpened)).toEqual(['scoring', 'result', 'publicity', 'final']);
    expect(from(resultIsOut)).toEqual(['result', 'publicity', 'final']);
    expect(from(publicityHasBegun)).toEqual(['publicity', 'final']);
  });

  it('knows a stage reached from its own start on, and the next stage of each', () => {
    expect(hasReached('voting', 'voting')).toBe(true);
    expect(hasReached('review', 'voting')).toBe(false);
    expect(nextStage('draft')).toBe('nomination');
    expect(nextStage('publicity')).toBe('final');
    expect(nextStage('final')).toBeUndefined();
  });
});

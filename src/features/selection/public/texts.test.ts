import { stageLabels, stages } from '@/shared/selection/stages';
import { searchEmpty, searchNote } from './vote-texts';
import { stageBadge } from './texts';

describe('the public pages’ words', () => {
  it('name a stage on a list as the campaign page and the timeline do (公众投票, not 投票中)', () => {
    for (const stage of stages) expect(stageBadge(stage)).toBe(stageLabels[stage]);
    expect(stageBadge('voting')).toBe('公众投票');
  });

  it('say what a search shows: a 编号, or a part of a name or an enterprise', () => {
    expect(searchNote('7')).toBe('正在显示编号为 007 的候选人');
    expect(searchNote('精工')).toBe('正在显示姓名或单位含“精工”的候选人');
    expect(searchEmpty('12')).toBe('没有编号为 012 的候选人。');
    expect(searchEmpty('王')).toBe('没有姓名或单位含“王”的候选人。');
  });
});

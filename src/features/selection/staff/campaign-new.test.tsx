/**
 * @jest-environment jsdom
 */
// 新建评选活动: defaults that create a campaign as they stand (a title in the campaign's year, dates a week apart
// from tomorrow, the usual rules); what is wrong is listed at the top (each entry scrolls to its field) and shows
// next to its field, the first field scrolled to, without sending anything and keeping what was typed; the server's
// field error lands next to its field.
import { NO_ELIGIBILITY_RULES } from '@/shared/contest/eligibility';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, pickIn, typeInto, valueOf } from '@/cloud/testing/typing';
import { CampaignForm } from './campaign-new';
import { defaultVotingRules } from '@/shared/selection/rules';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

/** The calls the form makes to save (its 提名条件 section also reads the org tree). */
const toSelection = (call: { fn: string }) => call.fn === 'selection';

// jsdom lays nothing out: record which element the page was asked to bring into view.
const scrolledTo: Element[] = [];
Element.prototype.scrollIntoView = function (this: Element) {
  scrolledTo.push(this);
};
beforeEach(() => {
  scrolledTo.length = 0;
});

const NOW = new Date('2026-03-01T04:00:00Z'); // 3月1日 12:00 Beijing
const CITY = { id: 'org-city', name: '示范市总工会' };

/** What createCampaign answers: the campaign as sent, in 筹备中. */
function created(input: Record<string, unknown>) {
  const rules = input.rules as typeof defaultVotingRules;
  return {
    id: 'c-new',
    title: input.title,
    description: input.description,
    coverImage: input.coverImage,
    org: CITY,
    stage: 'draft',
    categories: (input.categories as Array<{ name: string; places: number }>).map((c, i) => ({ id: `k${i}`, ...c })),
    schedule: Object.fromEntries(
      Object.entries(input.schedule as Record<string, string>).map(([k, v]) => [k, new Date(v).toISOString()]),
    ),
    rules: { ...rules, riskWeights: undefined },
    rulesFrozen: false,
    approvedCandidates: 0,
    publicityEndsAt: null,
    countsAsOf: null,
    organiser: true,
    riskWeights: rules.riskWeights,
    rubric: input.rubric,
    pendingNominations: 0,
    countHold: null,
    eligibility: input.eligibility ?? NO_ELIGIBILITY_RULES,
    eligibilityOrgNames: {},
    coverHold: null,
  };
}

async function create() {
  await act(async () => {
    fireEvent.click(screen.getByText('创建评选活动'));
  });
}

describe('新建评选活动', () => {
  it('starts from sensible defaults', () => {
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    expect(valueOf('推荐提名开始日期')).toBe('2026-03-02');
    expect(valueOf('资格审查开始日期')).toBe('2026-03-09');
    expect(valueOf('结果确定开始日期')).toBe('2026-04-20');
    expect(valueOf('每人每天可投票数')).toBe('3');
    expect(valueOf('公众投票权重（%）')).toBe('30');
    expect(screen.getByText('合计 100 分')).toBeTruthy();
    // Valid as they stand: the title in the campaign's own year, a named category.
    expect(valueOf('活动名称')).toBe('2026年度示范市工匠');
    expect(valueOf('类别1名称')).toBe('综合类');
  });

  it('creates a campaign from the defaults without an error', async () => {
    const onCreated = jest.fn();
    const calls = installFakeCloud({ selection: { createCampaign: created } });
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={onCreated} />);
    await create();
    expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toEqual([]);
    expect(calls.filter(toSelection)).toHaveLength(1);
    expect(onCreated).toHaveBeenCalledWith('c-new');
  });

  it('a K-pick ballot starts at no more than the daily votes', async () => {
    installFakeCloud({ selection: { createCampaign: created } });
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    fireEvent.click(screen.getByText('选满固定人数'));
    expect(valueOf('每张选票人数')).toBe('3');
    await create();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what 放假 and 调休 mean where the 公示’s working days are counted', () => {
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    expect(
      screen.getByText(
        '公示5个工作日，按公示日历计算。放假：法定节假日不上班，不算工作日；调休：周末补班要上班，算工作日。',
      ),
    ).toBeTruthy();
  });

  it('gives the title’s example in the campaign’s own year', () => {
    render(<CampaignForm organisers={[CITY]} now={new Date('2027-12-31T17:00:00Z')} onCreated={jest.fn()} />);
    typeInto('活动名称', '');
    expect(screen.getAllByLabelText('活动名称')[0]!.getAttribute('placeholder')).toBe('如：2028年度示范市工匠');
  });

  it('says what is wrong next to each field, sends nothing, and keeps what was typed', async () => {
    const calls = installFakeCloud({});
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    typeInto('活动名称', '评选');
    typeInto('类别1名称', '');
    typeInto('类别1名额（人）', '0');
    typeInto('每人每天可投票数', '12');
    typeInto('评分项1满分（分）', '50');
    await create();

    expect(screen.getByText('请填写活动名称（4到40个字）')).toBeTruthy();
    expect(screen.getByText('请填写类别名称（2到20个字）')).toBeTruthy();
    expect(screen.getByText('名额须为1到100的整数')).toBeTruthy();
    expect(screen.getByText('每人每天可投1到10票')).toBeTruthy();
    expect(screen.getByText('各项满分之和须为100分，现在是110分')).toBeTruthy();
    // Listed at the top, in the form's order, each naming its field.
    expect(screen.getByText('有5处需要修改：')).toBeTruthy();
    expect(screen.getAllByRole('link').map((entry) => entry.getAttribute('aria-label'))).toEqual([
      '活动名称：请填写活动名称（4到40个字）',
      '类别1名称：请填写类别名称（2到20个字）',
      '类别1名额：名额须为1到100的整数',
      '评分细则：各项满分之和须为100分，现在是110分',
      '每人每天可投票数：每人每天可投1到10票',
    ]);
    // The first field in error is brought into view at once; an entry tapped brings its own.
    expect(scrolledTo[0]?.closest('.jx-at--title')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '每人每天可投票数：每人每天可投1到10票' }));
    expect(scrolledTo.at(-1)?.className).toContain('jx-at--rules-votesPerDay');
    expect(calls.filter(toSelection)).toHaveLength(0);
    expect(valueOf('活动名称')).toBe('评选');
  });

  it('keeps the stages in order on the timeline: a stage moved past the next carries the later ones along', () => {
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    expect(screen.getByText('2026年3月16日 周一')).toBeTruthy();
    pickIn('资格审查开始日期', '2026-03-20');
    expect(valueOf('资格审查开始日期')).toBe('2026-03-20');
    expect(valueOf('候选人公布开始日期')).toBe('2026-03-27');
    expect(valueOf('结果确定开始日期')).toBe('2026-05-01');
    expect(screen.getByRole('status').textContent).toBe(
      '已随“资格审查”一起调整：候选人公布、公众投票、专家评审、结果产生、公示、结果确定（各保持原有天数）',
    );
    expect(screen.getByText('共 7 天，至2026年3月26日 周四')).toBeTruthy();
    expect(screen.getByText('共 18 天，至2026年3月19日 周四')).toBeTruthy();
    // Pulled back before the stage in front, that stage moves back too.
    pickIn('候选人公布开始日期', '2026-03-10');
    expect(valueOf('资格审查开始日期')).toBe('2026-03-03');
    expect(valueOf('推荐提名开始日期')).toBe('2026-03-02');
  });

  it('picks the daily publication time instead of typing it', () => {
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={jest.fn()} />);
    fireEvent.click(screen.getByText('每日定时公布票数'));
    expect(screen.getByText('北京时间 20:00')).toBeTruthy();
    pickIn('每日公布时间', '21:30');
    expect(screen.getByText('北京时间 21:30')).toBeTruthy();
  });

  it('sends the campaign with stage dates at Beijing midnight, and shows a server field error by its field', async () => {
    const onCreated = jest.fn();
    const calls = installFakeCloud({
      selection: {
        createCampaign: () => {
          throw new FakeFailure('INVALID_INPUT', '字段 title：已有同名的评选活动', 'title');
        },
      },
    });
    render(<CampaignForm organisers={[CITY]} now={NOW} onCreated={onCreated} />);
    typeInto('活动名称', '2026年度示范市工匠');
    typeInto('类别1名称', '制造业');
    await create();
    expect(await screen.findByText('已有同名的评选活动')).toBeTruthy();
    expect(onCreated).not.toHaveBeenCalled();
    expect(calls.filter(toSelection)).toHaveLength(1);
    const sent = calls.filter(toSelection)[0]!.input as {
      orgId: string;
      schedule: Record<string, string>;
      rules: Record<string, unknown>;
      categories: unknown;
    };
    expect(sent.orgId).toBe('org-city');
    expect(sent.categories).toEqual([{ name: '制造业', places: 10 }]);
    expect(sent.schedule.nomination).toBe('2026-03-02T00:00:00+08:00');
    // The form starts from the shared defaults, the same the server documents.
    expect(sent.rules).toEqual(defaultVotingRules);
  });
});

/**
 * @jest-environment jsdom
 */
// 修改活动: what may change at each stage (title and future dates always; categories in 筹备中; rules and rubric
// until voting), shown editable or read-only with why; only what changed is sent, with a required reason, and a
// date left alone keeps its exact start; the function's refusal lands beside the field it names.
import { NO_ELIGIBILITY_RULES } from '@/shared/contest/eligibility';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, pickIn, typeInto, valueOf } from '@/cloud/testing/typing';
import type { Stage } from '@/shared/selection/stages';
import { CampaignEditForm, LOCKED } from './campaign-edit';
import { checkCampaignEdit, editableParts, toUpdateInput, campaignFormValues } from './campaign-form';
import type { StaffCampaign } from './campaign-texts';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

/** The calls the form makes to save (its 提名条件 section also reads the org tree). */
const toSelection = (call: { fn: string }) => call.fn === 'selection';

Element.prototype.scrollIntoView = jest.fn();

const NOW = new Date('2027-03-04T04:00:00Z'); // 3月4日 12:00 Beijing
// Seeded campaigns start their stages at odd times of day (now + whole days).
const at = (day: string) => `${day}T06:34:00.000Z`;

function aCampaign(stage: Stage, overrides: Partial<StaffCampaign> = {}): StaffCampaign {
  return {
    id: 'demo-2027-young',
    title: '2027年度示范市青年岗位能手',
    org: { id: 'org-city', name: '示范市总工会' },
    stage,
    categories: [
      { id: 'k1', name: '先进制造', places: 3 },
      { id: 'k2', name: '城市建设与服务', places: 2 },
    ],
    schedule: {
      nomination: at('2027-03-01'),
      review: at('2027-03-24'),
      published: at('2027-04-03'),
      voting: at('2027-04-13'),
      scoring: at('2027-04-23'),
      result: at('2027-05-03'),
      publicity: at('2027-05-04'),
      final: at('2027-05-13'),
    },
    rules: { votesPerDay: 3, ballotSize: null, countsVisibility: 'live', dailyPublishAt: null, publicWeight: 30 },
    rulesFrozen: stage === 'voting' || stage === 'scoring',
    approvedCandidates: 0,
    countsAsOf: null,
    publicityEndsAt: null,
    organiser: true,
    riskWeights: [1, 1, 0.8, 0.5],
    rubric: [
      { criterion: '技能水平', maxPoints: 60 },
      { criterion: '职业道德', maxPoints: 40 },
    ],
    pendingNominations: 1,
    countHold: null,
    eligibility: NO_ELIGIBILITY_RULES,
    eligibilityOrgNames: {},
    ...overrides,
  };
}

async function save() {
  await act(async () => {
    fireEvent.click(screen.getByText('保存修改'));
  });
}

describe('what 修改活动 may change', () => {
  it('follows the stage: categories in draft, rules and rubric until voting, dates of stages not yet begun', () => {
    const draft = editableParts(aCampaign('draft'));
    expect(draft).toMatchObject({ any: true, title: true, categories: true, rules: true, rubric: true });
    expect(draft.reached).toEqual({});

    const nominating = editableParts(aCampaign('nomination'));
    expect(nominating).toMatchObject({ categories: false, rules: true, rubric: true });
    expect(Object.keys(nominating.reached)).toEqual(['nomination']);

    const voting = editableParts(aCampaign('voting'));
    expect(voting).toMatchObject({ title: true, categories: false, rules: false, rubric: false });
    expect(Object.keys(voting.reached)).toEqual(['nomination', 'review', 'published', 'voting']);

    // Rules frozen early (the flag) lock them even before the voting stage.
    expect(editableParts(aCampaign('published', { rulesFrozen: true })).rules).toBe(false);
    expect(editableParts(aCampaign('final')).any).toBe(false);
  });

  it('shows what can no longer change read-only, with why', () => {
    render(<CampaignEditForm campaign={aCampaign('voting')} now={NOW} onSaved={jest.fn()} />);
    expect(valueOf('活动名称')).toBe('2027年度示范市青年岗位能手');
    expect(screen.getByText(LOCKED.categories)).toBeTruthy();
    expect(screen.getByText(LOCKED.rules)).toBeTruthy();
    expect(screen.getByText(LOCKED.rubric)).toBeTruthy();
    expect(screen.getByText('先进制造，名额 3 人')).toBeTruthy();
    expect(screen.getByText('3 票')).toBeTruthy();
    expect(screen.getByText('技能水平，满分 60 分')).toBeTruthy();
    expect(screen.getByText('4月13日 周二（已开始，不能修改）')).toBeTruthy();
    expect(screen.queryByLabelText('每人每天可投票数')).toBeNull();
    expect(screen.queryByLabelText('公众投票开始日期')).toBeNull();
    expect(valueOf('专家评审开始日期')).toBe('2027-04-23');
  });

  it('lets rules and rubric change before voting, categories only in draft', () => {
    const { unmount } = render(<CampaignEditForm campaign={aCampaign('nomination')} now={NOW} onSaved={jest.fn()} />);
    expect(screen.getByText(LOCKED.categories)).toBeTruthy();
    expect(valueOf('每人每天可投票数')).toBe('3');
    expect(valueOf('评分项1满分（分）')).toBe('60');
    expect(screen.getByText('3月1日 周一（已开始，不能修改）')).toBeTruthy();
    unmount();
    render(<CampaignEditForm campaign={aCampaign('draft')} now={NOW} onSaved={jest.fn()} />);
    expect(valueOf('类别2名称')).toBe('城市建设与服务');
    expect(valueOf('推荐提名开始日期')).toBe('2027-03-01');
  });
});

describe('saving 修改活动', () => {
  it('asks for a reason and for something to change, and sends nothing until then', async () => {
    const calls = installFakeCloud({});
    render(<CampaignEditForm campaign={aCampaign('nomination')} now={NOW} onSaved={jest.fn()} />);
    await save();
    expect(screen.getByText('请写明修改原因（2到200字），会记入操作日志')).toBeTruthy();
    typeInto('修改原因', '按上级通知调整');
    await save();
    expect(screen.getByText('没有改动：改好要修改的内容后再保存。')).toBeTruthy();
    expect(calls.filter(toSelection)).toHaveLength(0);
  });

  it('offers a stage not yet begun only days after today, and never moves one that has begun', () => {
    render(<CampaignEditForm campaign={aCampaign('nomination')} now={NOW} onSaved={jest.fn()} />);
    expect(screen.getByLabelText('资格审查开始日期', { selector: 'input' }).getAttribute('min')).toBe('2027-03-05');
    pickIn('资格审查开始日期', '2027-03-03');
    expect(valueOf('资格审查开始日期')).toBe('2027-03-05');
    expect(screen.getByText('3月1日 周一（已开始，不能修改）')).toBeTruthy();
  });

  it('sends only what changed; untouched dates keep their exact start, a moved one starts at Beijing midnight', async () => {
    const campaign = aCampaign('nomination');
    const onSaved = jest.fn();
    const calls = installFakeCloud({
      selection: { updateCampaign: (input) => ({ ...campaign, title: input.title as string }) },
    });
    render(<CampaignEditForm campaign={campaign} now={NOW} onSaved={onSaved} />);
    typeInto('活动名称', '2027年度示范市青年岗位能手评选');
    pickIn('结果确定开始日期', '2027-05-20');
    typeInto('修改原因', '根据年度工作安排推迟结果确定');
    await save();
    expect(calls.filter(toSelection)).toHaveLength(1);
    expect(calls.filter(toSelection)[0]!.input).toEqual({
      campaignId: 'demo-2027-young',
      reason: '根据年度工作安排推迟结果确定',
      title: '2027年度示范市青年岗位能手评选',
      schedule: { ...campaign.schedule, final: '2027-05-20T00:00:00+08:00' },
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('leaves a rubric from before the high/low guides alone until staff write them, then sends it whole', () => {
    // This campaign's rubric has no guides (created before them): changing the title neither sends nor blocks it.
    const campaign = aCampaign('nomination');
    const values = { ...campaignFormValues(campaign), title: '2027年度示范市青年岗位能手评选' };
    expect(checkCampaignEdit(values, '改名', campaign, NOW)).toEqual({});
    expect(toUpdateInput(values, '改名', campaign)).not.toHaveProperty('rubric');
    // Once one criterion's guides are touched, the rubric is sent, and every criterion then needs both.
    values.rubric = values.rubric.map((row, i) => (i === 0 ? { ...row, high: '技能精湛，成果突出' } : row));
    expect(checkCampaignEdit(values, '补充评分标准', campaign, NOW)).toEqual({
      'rubric.0.low': '请写明怎样得低分（4到120个字）',
      'rubric.1.high': '请写明怎样得高分（4到120个字）',
      'rubric.1.low': '请写明怎样得低分（4到120个字）',
    });
    values.rubric = values.rubric.map((row) => ({ ...row, high: '技能精湛，成果突出', low: '没有具体成果' }));
    expect(checkCampaignEdit(values, '补充评分标准', campaign, NOW)).toEqual({});
    expect(toUpdateInput(values, '补充评分标准', campaign)?.rubric).toEqual(
      campaign.rubric.map((item) => ({ ...item, high: '技能精湛，成果突出', low: '没有具体成果' })),
    );
  });

  it('sends a changed description and cover, and an unchanged one not at all', () => {
    const campaign = aCampaign('voting', {
      description: '旧简介',
      coverImage: 'cloud://e.b/campaign-cover/u1/a.jpg',
    });
    const values = { ...campaignFormValues(campaign), description: ' 新的简介 ' };
    expect(toUpdateInput(values, '更新简介', campaign)).toEqual({
      campaignId: campaign.id,
      reason: '更新简介',
      description: '新的简介',
    });
    expect(toUpdateInput({ ...values, coverImage: '' }, '去掉封面', campaign)).toMatchObject({ coverImage: null });
    expect(toUpdateInput(campaignFormValues(campaign), '无', campaign)).toBeNull();
  });

  it('says the stored cover is still being checked', () => {
    const campaign = aCampaign('nomination', {
      coverImage: 'cloud://e.b/campaign-cover/u1/a.jpg',
      coverHold: { state: 'checking', reason: null },
    });
    render(<CampaignEditForm campaign={campaign} now={NOW} onSaved={jest.fn()} />);
    expect(screen.getByText('封面图片正在进行内容安全检测，通过后公众才能看到')).toBeTruthy();
  });

  it('sends changed rules with the campaign’s own risk weights', () => {
    const campaign = aCampaign('published');
    const values = { ...campaignFormValues(campaign), votesPerDay: '5' };
    expect(toUpdateInput(values, '调整每日票数', campaign)).toEqual({
      campaignId: campaign.id,
      reason: '调整每日票数',
      rules: { ...campaign.rules, votesPerDay: 5, riskWeights: [1, 1, 0.8, 0.5] },
    });
    // After voting opens the same change is not sent at all.
    expect(toUpdateInput(values, '调整每日票数', aCampaign('voting'))).toBeNull();
  });

  it('shows the function’s refusal beside the field it names', async () => {
    installFakeCloud({
      selection: {
        updateCampaign: () => {
          throw new FakeFailure('CONFLICT', '已开始阶段的时间不能修改', 'schedule.review');
        },
      },
    });
    render(<CampaignEditForm campaign={aCampaign('nomination')} now={NOW} onSaved={jest.fn()} />);
    pickIn('资格审查开始日期', '2027-03-25');
    typeInto('修改原因', '资格审查推迟一天');
    await save();
    expect(await screen.findByText('已开始阶段的时间不能修改')).toBeTruthy();
    expect(screen.getByRole('link', { name: '资格审查开始日期：已开始阶段的时间不能修改' })).toBeTruthy();
    expect(valueOf('资格审查开始日期')).toBe('2027-03-25');
  });
});

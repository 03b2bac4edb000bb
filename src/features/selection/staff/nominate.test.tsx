/**
 * @jest-environment jsdom
 */
// 修改提名: the form opens prefilled with the nomination as it was sent (category, deeds, photos, honours) and the
// reviewer's reason; it sends updateNomination with the photos kept; a refusal naming a field shows beside it, one
// naming none shows plainly. Who is offered the correction, and what a new nomination starts from.
import { NO_ELIGIBILITY_RULES } from '@/shared/contest/eligibility';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FakeFailure, installFakeCloud } from '@/cloud/testing/fake-cloud';
import { componentTestFrame, typeInto, valueOf } from '@/cloud/testing/typing';
import type { Nomination, StaffCampaign } from './campaign-texts';
import { NominateForm } from './nominate';
import { mayCorrect, nominationDraft, nominationFieldOf } from './nomination-form';
import { publicVotingRules } from '@/cloud/testing/campaigns';
import { defaultVotingRules } from '@/shared/selection/rules';

jest.mock('@/components/navigation/navigation');

componentTestFrame();

const at = (days: number) => new Date(Date.UTC(2027, 2, 1) + days * 86_400_000).toISOString();

const campaign: StaffCampaign = {
  id: 'demo-2027-young',
  title: '2027年度示范市青年岗位能手',
  org: { id: 'org-city', name: '示范市总工会' },
  stage: 'nomination',
  categories: [
    { id: 'k1', name: '先进制造', places: 3 },
    { id: 'k2', name: '城市建设与服务', places: 2 },
  ],
  schedule: {
    nomination: at(-3),
    review: at(20),
    published: at(30),
    voting: at(40),
    scoring: at(50),
    result: at(60),
    publicity: at(61),
    final: at(70),
  },
  rules: publicVotingRules,
  rulesFrozen: false,
  approvedCandidates: 0,
  countsAsOf: null,
  publicityEndsAt: null,
  organiser: false,
  riskWeights: defaultVotingRules.riskWeights,
  rubric: [{ criterion: '技能水平', maxPoints: 100 }],
  pendingNominations: 1,
  countHold: null,
  eligibility: NO_ELIGIBILITY_RULES,
  eligibilityOrgNames: {},
};

const DEEDS =
  '扎根一线二十年，主持完成数控加工工艺改进三项，累计节约成本四十余万元；带出高级工以上徒弟十二名，其中两人获市级技术能手称号。';

const returned: Nomination = {
  id: 'demo-2027-young.u-wang',
  campaignId: 'demo-2027-young',
  categoryId: 'k2',
  number: null,
  name: '王建军',
  enterprise: '示范市精工机械有限公司',
  trade: '数控车工',
  deeds: DEEDS,
  photoFileIds: ['cloud://env.bucket/campaigns/demo-2027-young/nominations/a.jpg'],
  honours: [{ title: '市技术能手', level: 'city', year: 2024 }],
  votes: 0,
  status: 'returned',
  nominatedBy: '孙丽华',
  mine: true,
  nominatedAt: at(-2),
  review: { by: '钱雅琴', at: at(-1), reason: '请补充近三年的创新成果' },
  content: { texts: [], images: [] },
};

function cloud(updateNomination: (input: Record<string, unknown>) => unknown) {
  return installFakeCloud(
    { selection: { updateNomination } },
    { '/_storage/client-temp-urls': () => ({ [returned.photoFileIds[0]!]: 'http://local/a.jpg' }) },
  );
}

async function resubmit() {
  await act(async () => {
    fireEvent.click(screen.getByText('重新提交'));
  });
}

describe('修改提名', () => {
  it('opens prefilled with the nomination as sent, and the reason it came back', async () => {
    cloud(() => ({ ...returned, status: 'submitted' }));
    render(<NominateForm campaign={campaign} editing={returned} />);
    expect(screen.getByText('修改提名：王建军')).toBeTruthy();
    expect(screen.getByText('需要修改的地方：请补充近三年的创新成果')).toBeTruthy();
    expect(valueOf('主要事迹')).toBe(DEEDS);
    expect(screen.getByRole('radio', { name: '城市建设与服务' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('2024年 市技术能手（市级）')).toBeTruthy();
    expect(screen.getByText('1/6')).toBeTruthy();
    expect(await screen.findByAltText('照片 1')).toBeTruthy();
    // Correcting a nomination never searches for the person again.
    expect(screen.queryByText('1. 选择职工')).toBeNull();
  });

  it('sends the corrected nomination with its photos and honours, then says it is waiting for review', async () => {
    const calls = cloud((input) => ({ ...returned, ...input, status: 'submitted' }));
    render(<NominateForm campaign={campaign} editing={returned} />);
    typeInto('主要事迹', `${DEEDS}近三年完成工艺改进五项。`);
    await resubmit();
    expect(await screen.findByText('✓ 已重新提交 王建军 的提名，等待示范市总工会审核')).toBeTruthy();
    const sent = calls.filter((call) => call.action === 'updateNomination');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input).toEqual({
      candidateId: returned.id,
      categoryId: 'k2',
      deeds: `${DEEDS}近三年完成工艺改进五项。`,
      photoFileIds: returned.photoFileIds,
      honours: returned.honours,
    });
    expect(screen.queryByText('重新提交')).toBeNull();
  });

  it('checks the deeds before sending, and shows a refusal beside the field it names or plainly', async () => {
    let refusal = new FakeFailure('INVALID_INPUT', '字段 deeds：主要事迹过长', 'deeds');
    const calls = cloud(() => {
      throw refusal;
    });
    render(<NominateForm campaign={campaign} editing={returned} />);
    typeInto('主要事迹', '太短了');
    await resubmit();
    expect(screen.getByText('主要事迹须写50到3000字，现在是3字')).toBeTruthy();
    expect(calls.filter((call) => call.action === 'updateNomination')).toHaveLength(0);

    typeInto('主要事迹', DEEDS);
    await resubmit();
    expect(await screen.findByText('主要事迹过长')).toBeTruthy();

    refusal = new FakeFailure('FORBIDDEN', '你没有管理这个职工的权限');
    await resubmit();
    expect(await screen.findByText('你没有管理这个职工的权限')).toBeTruthy();
    expect(valueOf('主要事迹')).toBe(DEEDS);
  });
});

describe('nomination form data', () => {
  it('starts a new nomination empty, with the only category picked', () => {
    expect(nominationDraft(campaign)).toEqual({ categoryId: null, deeds: '', photoFileIds: [], honours: [] });
    const single = { ...campaign, categories: [campaign.categories[0]!] };
    expect(nominationDraft(single).categoryId).toBe('k1');
    // A category no longer in the campaign is not kept.
    expect(nominationDraft(campaign, { ...returned, categoryId: 'k9' }).categoryId).toBeNull();
  });

  it('offers the correction to the nominator while the nomination is open and the campaign takes changes', () => {
    expect(mayCorrect(returned, campaign)).toBe(true);
    expect(mayCorrect({ ...returned, status: 'submitted' }, campaign)).toBe(true);
    expect(mayCorrect({ ...returned, status: 'submitted' }, { ...campaign, stage: 'review' })).toBe(true);
    expect(mayCorrect({ ...returned, mine: false }, campaign)).toBe(false);
    expect(mayCorrect({ ...returned, status: 'approved' }, campaign)).toBe(false);
    expect(mayCorrect(returned, { ...campaign, stage: 'published' })).toBe(false);
  });

  it('maps a refusal to its field', () => {
    expect(nominationFieldOf('photoFileIds.2')).toBe('photoFileIds');
    expect(nominationFieldOf('deeds')).toBe('deeds');
    expect(nominationFieldOf('candidateId')).toBeNull();
    expect(nominationFieldOf(undefined)).toBeNull();
  });
});

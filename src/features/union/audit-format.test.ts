// The audit log in words: actions by their Chinese names, before/after as short lines.
import { auditTargetTypes } from '@/shared/contracts/union';
import { actionLabel, changeLines, targetLine } from './audit-format';

describe('actionLabel', () => {
  it('names the people actions in Chinese and leaves an unknown action as it is', () => {
    expect(actionLabel('join.approve')).toBe('通过入会申请');
    expect(actionLabel('personal.reveal.idNumber')).toBe('查看身份证号');
    expect(actionLabel('modelWorker.designate')).toBe('认定劳模');
    expect(actionLabel('votes.zeroFlagged')).toBe('作废可疑投票');
    expect(actionLabel('candidate.disqualify')).toBe('取消候选人资格');
    expect(actionLabel('campaign.update')).toBe('修改评选活动');
    expect(actionLabel('nomination.return')).toBe('退回提名');
    expect(actionLabel('contest.create')).toBe('创建比赛');
    expect(actionLabel('someday.unknown')).toBe('someday.unknown');
  });
});

describe('targetLine', () => {
  it('says what kind of thing an entry is about before its name', () => {
    expect(targetLine('campaign', '2026年度示范市工匠')).toBe('评选活动：2026年度示范市工匠');
    expect(targetLine('candidate', '王师傅 → 2026年度示范市工匠')).toBe('候选人：王师傅 → 2026年度示范市工匠');
    expect(targetLine('objection', '2026年度西湖区工匠 · 张三的异议')).toBe('异议：2026年度西湖区工匠 · 张三的异议');
    expect(targetLine('calendar', '2026年节假日安排')).toBe('公示日历：2026年节假日安排');
    expect(targetLine('org', '示范市精工机械有限公司工会')).toBe('组织：示范市精工机械有限公司工会');
  });

  it('names every kind of target the contract allows', () => {
    for (const type of auditTargetTypes) expect(targetLine(type, 'x')).toMatch(/^[^a-zA-Z]+：x$/);
  });
});

describe('changeLines', () => {
  it('shows a change as 旧 → 新 with Chinese names and values', () => {
    expect(changeLines({ status: 'pending' }, { status: 'approved' })).toEqual(['状态：待审核 → 已通过']);
    expect(changeLines({ name: '甲工会' }, { name: '乙工会' })).toEqual(['名称：甲工会 → 乙工会']);
    expect(changeLines({ stage: 'scoring' }, { stage: 'result' })).toEqual(['阶段：专家评审 → 结果产生']);
    expect(changeLines({ status: 'open', kind: 'burst' }, { status: 'actioned', voided: 12 })).toEqual([
      '状态：待处理 → 已处理',
      '类型：投票突增',
      '作废票数：12',
    ]);
  });

  it('shows what was created, with honours and times in words', () => {
    expect(changeLines(null, { honours: [{ title: '区劳动模范', level: 'district', year: 2025 }] })).toEqual([
      '荣誉：区劳动模范（区级 2025）',
    ]);
    expect(changeLines(null, { name: '新工会', kind: 'enterprise', parent: '东城区总工会' })).toEqual([
      '名称：新工会',
      '类型：企业工会',
      '上级：东城区总工会',
    ]);
    expect(changeLines(null, { expiresAt: '2026-11-29T04:03:00.000Z' })).toEqual(['有效期至：11月29日 周日 12:03']);
  });

  it('shows honours with their trade, an empty list as 无, and the model-worker designation as a fact', () => {
    expect(
      changeLines(
        { modelWorker: false, honours: [] },
        {
          modelWorker: true,
          honours: [{ code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2024, trade: 'welder' }],
        },
      ),
    ).toEqual(['劳模：否 → 是', '荣誉：无 → 市技术能手（市级 焊工 2024）']);
    expect(changeLines({ frontline: 'pending' }, { frontline: 'confirmed' })).toEqual(['一线职工：待确认 → 已确认']);
  });

  it('leaves out what did not change, and says 无 for nothing', () => {
    expect(changeLines({ role: 'staff', active: true }, { role: 'staff', active: false })).toEqual(['有效：是 → 否']);
    expect(changeLines(null, { field: 'phone', masked: null })).toEqual(['字段：手机号', '号码：无']);
    expect(changeLines(null, null)).toEqual([]);
  });

  it('shows a key on one side only as a fact of the act, not as a change to or from 无', () => {
    expect(changeLines({ status: 'open', kind: 'new-account-cluster' }, { status: 'actioned', voided: 60 })).toEqual([
      '状态：待处理 → 已处理',
      '类型：新账号集中投票',
      '作废票数：60',
    ]);
    expect(changeLines({ status: 'approved', votes: 186 }, { status: 'disqualified' })).toEqual([
      '状态：已通过 → 已取消资格',
      '票数：186',
    ]);
  });

  it('shows a campaign change: its title, the stages whose start moved, its rules and rubric in words', () => {
    const schedule = {
      nomination: '2027-03-01T00:00:00+08:00',
      review: '2027-04-01T00:00:00+08:00',
      published: '2027-04-10T00:00:00+08:00',
      voting: '2027-04-20T00:00:00+08:00',
      scoring: '2027-05-01T00:00:00+08:00',
      result: '2027-05-10T00:00:00+08:00',
      publicity: '2027-05-11T00:00:00+08:00',
      final: '2027-05-20T00:00:00+08:00',
    };
    expect(
      changeLines(
        { title: '2027年度青年岗位能手', schedule },
        { title: '2027年度示范市青年岗位能手', schedule: { ...schedule, final: '2027-05-25T00:00:00+08:00' } },
      ),
    ).toEqual([
      '活动名称：2027年度青年岗位能手 → 2027年度示范市青年岗位能手',
      '结果确定开始：5月20日 周四 → 5月25日 周二',
    ]);
    expect(
      changeLines(
        {
          rules: {
            votesPerDay: 3,
            ballotSize: null,
            countsVisibility: 'live',
            dailyPublishAt: null,
            publicWeight: 30,
          },
        },
        {
          rules: {
            votesPerDay: 5,
            ballotSize: 5,
            countsVisibility: 'daily',
            dailyPublishAt: '20:00',
            publicWeight: 30,
          },
        },
      ),
    ).toEqual([
      '投票规则：每人每天3票，逐个投票，实时公布票数，公众投票占30% → 每人每天5票，每张选票选满5人，每日定时公布票数（20:00），公众投票占30%',
    ]);
    expect(
      changeLines(
        { categories: [{ id: 'k1', name: '先进制造', places: 3 }] },
        { categories: [{ name: '先进制造', places: 5 }] },
      ),
    ).toEqual(['评选类别：先进制造（3名） → 先进制造（5名）']);
    expect(changeLines({ stage: 'nomination' }, { stage: 'review' })).toEqual(['阶段：推荐提名 → 资格审查']);
  });
});

describe('every audited act', () => {
  it('has a Chinese name in the log', () => {
    const { readFileSync, readdirSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const root = `${__dirname}/../../../cloudfunctions`;
    const sources = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const dir = `${root}/${entry.name}/src`;
        try {
          return readdirSync(dir)
            .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
            .map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
        } catch {
          return [];
        }
      })
      .join('\n');
    const literal = [...sources.matchAll(/action: '([\w.]+)'/g)].map((match) => match[1]!);
    // The acts named from a value, as the functions build them.
    const templated = {
      'nomination.${decision}': ['nomination.approve', 'nomination.reject', 'nomination.return'],
      'personal.reveal.${field}': ['personal.reveal.phone', 'personal.reveal.idNumber'],
      'grant.${input.role}': ['grant.staff', 'grant.expert'],
      'revoke.${grant.role}': ['revoke.staff', 'revoke.expert'],
    };
    const found = [...sources.matchAll(/action: `([^`]+)`/g)].map((match) => match[1]!);
    expect(found.filter((template) => !(template in templated))).toEqual([]);
    const acts = [...literal, ...Object.values(templated).flat()];
    expect(acts.length).toBeGreaterThan(25);
    expect(acts.filter((act) => actionLabel(act) === act)).toEqual([]);
  });
});

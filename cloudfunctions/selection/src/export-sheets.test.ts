// The selection's Excel lists as files: each opened with exceljs, its header row, its rows in the campaign's order
// and its times in Beijing time.
import ExcelJS from 'exceljs';
import { buildWorkbook, type Sheet } from '../../../server/exports/workbook';
import type { FlagRecord } from '../../../server/selection/flags';
import { campaignRecord, candidateRecord } from '../../../test-support/selection-records';
import { flagsSheet, nominationsSheet, resultSheet } from './export-sheets';

const now = new Date('2026-11-22T06:00:00Z'); // 14:00 in Beijing
const campaign = campaignRecord('c1', 'publicity', now, {
  title: '2026年度示范市工匠',
  categories: [
    { id: 'k2', name: '服务业', places: 1 },
    { id: 'k1', name: '制造业', places: 1 },
  ],
});

async function rowsOf(sheet: Sheet<unknown>): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildWorkbook([sheet], { creator: 't', at: now })) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map((cell) => cell ?? ''));
  });
  return rows;
}

describe('selection export sheets', () => {
  it('lists nominations by the campaign’s category order, with status, review and Beijing times', async () => {
    const first = {
      ...candidateRecord('c1', 'u1', now, { status: 'approved' }),
      name: '张伟',
      nominatedAt: new Date('2026-09-02T01:05:00Z'),
      review: { by: 'r', byName: '钱雅琴', at: new Date('2026-09-10T16:30:00Z'), reason: null },
    };
    const second = {
      ...candidateRecord('c1', 'u2', now, { status: 'returned' }),
      name: '李娜',
      categoryId: 'k2',
      nominatedAt: new Date('2026-09-03T02:00:00Z'),
      review: { by: 'r', byName: '钱雅琴', at: new Date('2026-09-04T02:00:00Z'), reason: '事迹材料不全' },
    };
    const rows = await rowsOf(
      nominationsSheet(campaign, [
        { candidate: first, nominatingUnion: '精工机械工会' },
        { candidate: second, nominatingUnion: '东城区总工会' },
      ]) as Sheet<unknown>,
    );
    expect(rows[1]).toEqual([
      '类别',
      '姓名',
      '工作单位',
      '工种',
      '提名单位',
      '提名人',
      '提名时间',
      '状态',
      '审核人',
      '审核时间',
      '审核意见',
    ]);
    expect(rows[2]).toEqual(
      expect.arrayContaining(['服务业', '李娜', '东城区总工会', '2026-09-03 10:00', '退回修改', '事迹材料不全']),
    );
    // Reviewed at 00:30 Beijing time on the 11th (16:30 UTC the day before).
    expect(rows[3]).toEqual(
      expect.arrayContaining(['制造业', '张伟', '精工机械工会', '2026-09-02 09:05', '已通过', '2026-09-11 00:30']),
    );
    expect(rows).toHaveLength(4);
  });

  it('writes the frozen result with rank, votes, expert mean and combined score per category', async () => {
    const row = (name: string, rank: number, placed: boolean) => ({
      candidateId: name,
      name,
      enterprise: '精工机械',
      votes: 100 - rank,
      votePoints: 90.5,
      expertMean: 80.25,
      combined: 83.33,
      rank,
      placed,
    });
    const rows = await rowsOf(
      resultSheet({
        ...campaign,
        results: {
          computedAt: new Date('2026-11-20T01:00:00Z'),
          categories: [
            { id: 'k1', rows: [row('甲', 1, true), row('乙', 2, false)] },
            { id: 'k2', rows: [row('丙', 1, true)] },
          ],
        },
      }) as Sheet<unknown>,
    );
    expect(String(rows[0]![0])).toContain('结果产生于 2026-11-20 09:00（北京时间）');
    expect(rows[1]).toEqual([
      '类别',
      '名次',
      '姓名',
      '工作单位',
      '有效票数',
      '票数得分',
      '专家平均分',
      '综合得分',
      '是否入选',
    ]);
    expect(rows.slice(2)).toEqual([
      ['服务业', 1, '丙', '精工机械', 99, 90.5, 80.25, 83.33, '是'],
      ['制造业', 1, '甲', '精工机械', 99, 90.5, 80.25, 83.33, '是'],
      ['制造业', 2, '乙', '精工机械', 98, 90.5, 80.25, 83.33, '否'],
    ]);
  });

  it('lists flags with what was done about them, by whom, when and why', async () => {
    const flag = (status: FlagRecord['status'], raised: string, extra: Partial<FlagRecord> = {}): FlagRecord => ({
      _id: `f-${raised}`,
      campaignId: 'c1',
      candidateId: 'c1.u1',
      kind: 'new-account-cluster',
      windowStart: new Date('2026-10-05T12:00:00Z'),
      windowEnd: new Date('2026-10-05T12:20:00Z'),
      raisedAt: new Date(raised),
      evidence: { newVoters: 40 },
      status,
      handledBy: null,
      handledAt: null,
      reason: null,
      ...extra,
    });
    const rows = await rowsOf(
      flagsSheet(campaign, [
        {
          flag: flag('actioned', '2026-10-05T12:21:00Z', {
            handledBy: 'u9',
            handledAt: new Date('2026-10-05T13:00:00Z'),
            reason: '新注册账号集中投票，判定为刷票',
          }),
          candidateName: '张伟',
          category: '制造业',
          handledByName: '钱雅琴',
        },
        {
          flag: flag('open', '2026-10-04T12:21:00Z', { kind: 'burst', evidence: { windowVotes: 57 } }),
          candidateName: '张伟',
          category: '制造业',
          handledByName: '',
        },
      ]) as Sheet<unknown>,
    );
    expect(rows.slice(2)).toEqual([
      [
        '张伟',
        '制造业',
        '投票突增',
        '2026-10-05 20:00',
        '2026-10-05 20:20',
        '2026-10-04 20:21',
        '窗口内得 57 票',
        '待处理',
        '',
        '',
        '',
      ],
      [
        '张伟',
        '制造业',
        '新账号集中投票',
        '2026-10-05 20:00',
        '2026-10-05 20:20',
        '2026-10-05 20:21',
        '40 个新账号各投 1 票',
        '已作废相关投票',
        '钱雅琴',
        '2026-10-05 21:00',
        '新注册账号集中投票，判定为刷票',
      ],
    ]);
  });
});

// 导出 Excel of one contest, in a card of its own (prose at a reading measure in a wide window): the registrations
// (masked phones, the organisers' fields, check-in) or the results (the ranking with the rule).
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { ExcelExport } from '@/components/staff/excel-export';
import { contestContract } from '@/shared/contracts/contest';

const KINDS = {
  registrations: {
    label: '报名名单',
    personalWhat: '职工姓名、单位和打码的手机号',
    hint: '每位报名者一行：报名顺序、姓名、单位、打码的手机号、状态、报名表内容、报名和签到时间（北京时间）。',
  },
  results: {
    label: '比赛成绩',
    personalWhat: '选手姓名和成绩',
    hint: '每位选手一行：名次、姓名、单位、理论、实操、总分和是否获奖，表头注明计分规则。',
  },
} as const;

export function ContestExport({ contestId, kind }: { contestId: string; kind: keyof typeof KINDS }) {
  const { label, personalWhat, hint } = KINDS[kind];
  return (
    <View className="jx-card" aria-label={`导出${label}`}>
      <Text className="jx-text-title jx-block">导出 Excel</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">{`${hint}导出记入操作日志。`}</Text>
      <ExcelExport
        label={label}
        personalWhat={personalWhat}
        make={() => callFunction(contestContract, 'exportContest', { contestId, kind })}
      />
    </View>
  );
}

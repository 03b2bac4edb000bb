// 导出 Excel of the organisation shown: one row per child organisation (city, district) or per worker
// (enterprise), made in the cloud. In the browser the file downloads; in WeChat it opens, ready to forward.
import { Text, View } from '@tarojs/components';
import { callFunction } from '@/cloud/call-function';
import { ExcelExport } from '@/components/staff/excel-export';
import { activityContract, type OrgProgress } from '@/shared/contracts/activity';

export function ProgressExport({ org, year }: { org: OrgProgress['org']; year: number }) {
  const perWorker = org.kind === 'enterprise';

  return (
    <View className="jx-card" aria-label="导出 Excel">
      <Text className="jx-text-title jx-block">导出 Excel</Text>
      <Text className="jx-text-secondary jx-block jx-admin__hint">
        {perWorker
          ? `${year}年本企业每位现有会员一行：十个项目是否完成（✓ / —）和完成项数。`
          : `${year}年每个下级组织一行：现有会员数，各项完成人数和完成率，十项全部完成人数，最后一行为合计。`}
        导出记入操作日志。
      </Text>
      <ExcelExport
        label="完成情况"
        personalWhat="职工姓名"
        make={() => callFunction(activityContract, 'exportProgress', { year, orgId: org.id })}
      />
    </View>
  );
}

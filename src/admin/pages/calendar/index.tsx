// 公示日历: the year's holidays and make-up working days that 公示 periods follow (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { PublicityCalendar } from '@/features/selection/staff/calendar';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function CalendarPage() {
  return (
    <PageShell>
      <PublicityCalendar />
    </PageShell>
  );
}

// 宣讲团 (mentor-admin subpackage): the lecture team's members and their lectures held in a month, those behind first.
import { PageShell } from '@/components/page-shell/page-shell';
import { LectureTeam } from '@/features/mentoring/staff/lecture-team';
// The side navigation of a wide window lists the 工作台's tasks.
import '@/admin/staff-tasks';

export default function MentorAdminLectureTeamPage() {
  return (
    <PageShell>
      <LectureTeam />
    </PageShell>
  );
}

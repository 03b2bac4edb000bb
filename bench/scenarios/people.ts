// What the people functions cost per call, in CloudBase's billing unit (database operations), on the demo city:
// the calls every page of the app makes (account.me) and the staff's busiest lists.
import { startSeededCloud } from '../../test-support/seeded-cloud';
import type { Figure, Scenario } from '../scenario';

const CALLS: Array<{ figure: string; fn: string; action: string; input: unknown; openid: string }> = [
  { figure: 'people.me_ops', fn: 'account', action: 'me', input: {}, openid: 'persona-worker' },
  { figure: 'people.directory_ops', fn: 'account', action: 'directory', input: {}, openid: 'persona-public' },
  { figure: 'people.workbench_ops', fn: 'union', action: 'workbench', input: {}, openid: 'persona-city-staff' },
  {
    figure: 'people.join_requests_ops',
    fn: 'union',
    action: 'listJoinRequests',
    input: {},
    openid: 'persona-city-staff',
  },
  {
    figure: 'people.members_ops',
    fn: 'union',
    action: 'listMembers',
    input: { orgId: 'org-jinggong' },
    openid: 'persona-district-staff',
  },
];

export const peopleScenario: Scenario = {
  name: 'people',
  async run() {
    const env = await startSeededCloud();
    try {
      const figures: Figure[] = [];
      for (const call of CALLS) {
        await env.callRaw(call.fn, call.action, call.input, call.openid); // warm: the first call may create the caller
        const answer = await env.callRaw(call.fn, call.action, call.input, call.openid);
        if (!answer.ok) throw new Error(`${call.fn}.${call.action}: ${answer.error.message}`);
        await env.cloud.gateway.journal.idle();
        const [record] = env.cloud.gateway.journal.recent(1);
        figures.push({ name: call.figure, value: record!.dbOps, unit: 'ops' });
      }
      return figures;
    } finally {
      await env.close();
    }
  },
};

// Team entry (issue 14) on the demo's 示范市班组焊接团体赛 (teams of 3 to 4, database/seed/contests.ts): 陈晓东 forms
// a team from the contest page — a name WeChat finds risky is refused naming 队名, nothing stored — and lands on his
// team page (组队中, 还差2人) to invite; 李卫国 opens the invitation and joins, 孙丽华 joins too, and 陈晓东 submits at
// the minimum: the team takes a place (已报名). 孙丽华 leaves, warned that the team falls below 3 and is withdrawn;
// the team shows 已退出 with the reason, and 陈晓东 reads it in 我的 → 消息. The organisers' 报名名单 lists both teams.
// Then a name WeChat holds for review: only its captain reads it until the organisers pass it. Last, in a contest
// whose organisers review entries, two teams submit for its one place: the organisers refuse the first with a reason
// (its place goes to the waiting team, 待审核 in turn) and pass the second; the first's captain reads why.
import { DEMO_TEAM_ID } from '../../database/seed/contests';
import type { Journey } from '../journey';
import { callAs, createContestAsCity, openContest, openContestPage } from './contest-steps';
import { setWeChatRules } from './media-steps';
import { actAs, button, field, settledCheck } from './people-steps';

const CONTEST = '示范市班组焊接团体赛';
const RISKY = '违禁';
const HELD = '待复核';
const REVIEWED = '示范市钳工班组团体赛（审核旅程）';
const REASON = '队员须为钳工，请调整队员后再报名';

export const contestTeamJourney: Journey = {
  name: 'contest-team',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const { contestId } = await callAs<{ contestId: string }>(baseUrl, 'persona-expert', 'contest', 'team', {
      teamId: DEMO_TEAM_ID,
    });
    await setWeChatRules(baseUrl, { text: [{ contains: RISKY, suggest: 'risky', label: 20001 }] });
    let teamUrl: string;
    try {
      // 陈晓东 forms a team: the risky name is refused under 队名, then a fine one opens his team page.
      await page.goto(`${baseUrl}/#/pages/me/index`);
      await actAs(page, baseUrl, 'persona-worker');
      await openContestPage(page, baseUrl, contestId);
      await page.getByLabel('组队报名').locator('visible=true').waitFor();
      await page.getByLabel('组队报名').scrollIntoViewIfNeeded();
      await check('form-team');
      await field(page, '队名').fill(`${RISKY}焊接队`);
      await button(page, '创建队伍').click();
      await page.getByText('队名含有不宜发布的内容', { exact: false }).waitFor();
      await check('risky-name');
      await field(page, '队名').fill('数控先锋队');
      await button(page, '创建队伍').click();
      await page.getByLabel('队伍').getByText('数控先锋队', { exact: true }).waitFor();
      await page.getByLabel('队伍').getByText('组队中', { exact: true }).waitFor();
      await page.getByText('1人（每队3到4人），还差2人才能提交报名').waitFor();
      await check('team-forming');
      teamUrl = page.url();
      await button(page, '邀请队友').click();
      await page.getByText(/邀请链接已复制|请复制这个链接发给队友/).waitFor();
      await page.getByText(/邀请链接已复制|请复制这个链接发给队友/).scrollIntoViewIfNeeded();
      await check('invite');
    } finally {
      await setWeChatRules(baseUrl, {});
    }
    const teamId = new URL(teamUrl.replace('/#/', '/')).searchParams.get('id')!;

    // 李卫国 opens the invitation and joins; 孙丽华 joins too (by call: the same page).
    await actAs(page, baseUrl, 'persona-model-worker');
    await page.goto(teamUrl);
    await button(page, '加入队伍').waitFor();
    await check('invitation');
    await button(page, '加入队伍').click();
    await page.getByText('✓ 已加入队伍').waitFor();
    await page.getByLabel('队员').getByText('李卫国', { exact: true }).waitFor();
    await check('joined');
    await callAs(baseUrl, 'persona-enterprise-staff', 'contest', 'joinTeam', { teamId });

    // 陈晓东 submits at the minimum: the team takes a place.
    await actAs(page, baseUrl, 'persona-worker');
    await page.goto(teamUrl);
    await button(page, '提交报名').click();
    await page.getByLabel('队伍').getByText('已报名', { exact: true }).waitFor();
    await check('submitted');
    await openContestPage(page, baseUrl, contestId);
    await page.getByLabel('我的队伍').getByText('已报名', { exact: true }).waitFor();
    await page.getByLabel('我的队伍').scrollIntoViewIfNeeded();
    await check('contest-my-team');

    // 孙丽华 leaves below the minimum, warned first: the team is withdrawn, with the reason.
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(teamUrl);
    await button(page, '退出队伍').click();
    await page
      .getByRole('dialog', { name: '退出队伍' })
      .getByText(/你退出后队伍不足3人，整支队伍的报名将被撤销/)
      .waitFor();
    await check('leave-confirm');
    await page.getByRole('dialog').locator('taro-button-core').filter({ hasText: '确定退出' }).click();
    await page.getByLabel('队伍').getByText('已退出', { exact: true }).waitFor();
    await page.getByText('原因：队员退出后不足3人').waitFor();
    await check('withdrawn');

    // The captain reads why in 我的 → 消息.
    await actAs(page, baseUrl, 'persona-worker');
    await page.getByRole('link', { name: /^消息/ }).click();
    await page.getByRole('link', { name: new RegExp(`比赛报名已撤销：${CONTEST}`) }).waitFor();
    await check('captain-told');

    // The organisers' 报名名单 lists the teams: name, captain and members, the withdrawn one under 已撤销.
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/contest-admin/pages/entries/index?id=${contestId}`);
    const seeded = page.getByLabel(/^焊花突击队：/);
    await seeded.getByText('2人：吴振华、', { exact: false }).waitFor();
    await page
      .getByLabel(/^数控先锋队：/)
      .getByText('已撤销', { exact: true })
      .waitFor();
    await check('staff-teams');

    // 李卫国, free again, forms a team whose name WeChat holds for a person: he reads it with the hold, 孙丽华 reads
    // the neutral name, and once the organisers pass it everyone reads it.
    await setWeChatRules(baseUrl, { text: [{ contains: HELD, suggest: 'review', label: 21000 }] });
    let heldUrl: string;
    try {
      await actAs(page, baseUrl, 'persona-model-worker');
      await openContestPage(page, baseUrl, contestId);
      await field(page, '队名').fill(`${HELD}焊工队`);
      await button(page, '创建队伍').click();
      await page.getByText('队名正在审核，审核通过前队友和其他人看到的是“李卫国的队伍”。').waitFor();
      await check('name-held');
      heldUrl = page.url();
    } finally {
      await setWeChatRules(baseUrl, {});
    }
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(heldUrl);
    await page.getByLabel('队伍').getByText('李卫国的队伍', { exact: true }).waitFor();
    await check('name-held-others');
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/contest-admin/pages/entries/index?id=${contestId}`);
    await page.getByText('队名待审核', { exact: true }).waitFor();
    await check('staff-name-held');
    await button(page, `队名通过：${HELD}焊工队`).click();
    await page.getByText('队名待审核', { exact: true }).waitFor({ state: 'detached' });
    await actAs(page, baseUrl, 'persona-enterprise-staff');
    await page.goto(heldUrl);
    await page.getByLabel('队伍').getByText(`${HELD}焊工队`, { exact: true }).waitFor();

    // Review of teams (set up by call): 精益一队 takes the one place 待审核, 精益二队 waits.
    const reviewed = await createContestAsCity(
      baseUrl,
      openContest(now(), {
        title: REVIEWED,
        review: true,
        capacity: 1,
        entry: { kind: 'team', teamMin: 2, teamMax: 3 },
      }),
    );
    const teams: Array<[string, string, string]> = [
      ['精益一队', 'persona-worker', 'persona-model-worker'],
      ['精益二队', 'demo-worker-06', 'persona-enterprise-staff'],
    ];
    for (const [name, captain, mate] of teams) {
      const formed = await callAs<{ teamId: string }>(baseUrl, captain, 'contest', 'createTeam', {
        contestId: reviewed,
        name,
        answers: {},
      });
      await callAs(baseUrl, mate, 'contest', 'joinTeam', { teamId: formed.teamId });
      await callAs(baseUrl, captain, 'contest', 'submitTeam', { teamId: formed.teamId });
    }
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/contest-admin/pages/entries/index?id=${reviewed}`);
    const first = page.getByLabel(/^精益一队：/);
    const second = page.getByLabel(/^精益二队：/);
    await first.getByText('待审核', { exact: true }).waitFor();
    await second.getByText('候补中', { exact: true }).waitFor();
    await check('staff-team-review');
    await first.locator('taro-button-core').filter({ hasText: '不通过精益一队' }).click();
    await field(page, '未通过的原因').fill(REASON);
    await check('staff-team-reject');
    await page
      .getByRole('dialog')
      .locator('taro-button-core')
      .filter({ hasText: /^不通过$/ })
      .click();
    await first.getByText('未通过', { exact: true }).waitFor();
    await second.getByText('待审核', { exact: true }).waitFor();
    await second
      .locator('taro-button-core')
      .filter({ hasText: /^通过精益二队$/ })
      .click();
    await second.getByText('已确认', { exact: true }).waitFor();
    await check('staff-team-approved');
    await actAs(page, baseUrl, 'persona-worker');
    await openContestPage(page, baseUrl, reviewed);
    await page.getByLabel('我的队伍').getByText('未通过', { exact: true }).waitFor();
    await page.getByLabel('我的队伍').getByText(`原因：${REASON}`).waitFor();
    await page.getByLabel('我的队伍').scrollIntoViewIfNeeded();
    await check('team-rejected');
  },
};

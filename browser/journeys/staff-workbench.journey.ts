// City staff use the rest of the workbench: the wide-window layout, members with a number revealed for a stated
// reason, a staff grant given and revoked, a child organisation created, and an invite code that a worker then
// accepts on the invite page.
import type { Page } from 'playwright-core';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { actAs, button, field, settledCheck } from './people-steps';

const ENTERPRISE = '示范市精工机械有限公司工会';

async function inviteToken(page: Page): Promise<string> {
  // The workbench shows the code as an image; the H5 invite page takes the token as `?token=`.
  const answer = await page.evaluate(async () => {
    const response = await fetch('/fn/union', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'persona-city-staff' },
      body: JSON.stringify({ action: 'createInvite', input: { orgId: 'org-power', days: 1 } }),
    });
    return (await response.json()) as { ok: boolean; data?: { token: string } };
  });
  if (!answer.ok || !answer.data) throw new Error(`createInvite failed: ${JSON.stringify(answer)}`);
  return answer.data.token;
}

export const staffWorkbenchJourney: Journey = {
  name: 'staff-workbench',
  async run({ page, baseUrl, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await button(page, '进入工作台').click();
    await page.getByText('待审核申请', { exact: true }).waitFor();
    // WeChat on a PC: in a wide window the workbench is a back office, its tasks beside content as wide as the
    // window (the check refuses a stretched phone column); back to a phone, the column.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('navigation', { name: '工作台导航' }).waitFor();
    await check('workbench-wide');
    await page.setViewportSize({ width: 375, height: 667 });
    await page.getByRole('navigation', { name: '工作台导航' }).waitFor({ state: 'detached' });

    // 成员: pick the enterprise, reveal one phone number with a reason.
    await page.getByRole('link', { name: /^成员/ }).click();
    await page.getByRole('radio', { name: new RegExp(`^${ENTERPRISE}，`) }).click();
    const member = page.getByLabel('陈晓东', { exact: true });
    await member.waitFor();
    await check('members');
    await member.locator('taro-button-core').filter({ hasText: '查看' }).first().click();
    const dialog = page.getByRole('dialog', { name: '查看陈晓东的手机号' });
    await dialog.waitFor();
    await dialog
      .locator('taro-button-core')
      .filter({ hasText: /^查看$/ })
      .click();
    await dialog.getByText('请填写查看原因（至少2个字）').waitFor();
    await check('reveal-needs-reason');
    await field(page, '查看原因').fill('核实竞赛报名信息');
    await dialog
      .locator('taro-button-core')
      .filter({ hasText: /^查看$/ })
      .click();
    await member.getByText('已查看，已记录').waitFor();
    expect(await member.getByText(/^139\d{8}$/).count(), 'unmasked phone shown').toBe(1);
    await check('revealed');

    // 授权: grant staff at the enterprise, then revoke it.
    await page.goto(`${baseUrl}/#/admin/pages/roles/index`);
    await field(page, '姓名').fill('陈晓东');
    await button(page, '查找').click();
    await page.getByRole('radio', { name: /^陈晓东，/ }).click();
    await page.getByRole('radio', { name: new RegExp(`^${ENTERPRISE}，`) }).click();
    await field(page, '授权原因').first().fill('企业工会换届，新任组织委员');
    await button(page, '授予工会干部').click();
    await page.getByText(`✓ 已授予：工会干部 · ${ENTERPRISE}（企业工会）`).waitFor();
    await check('granted');
    await button(page, '撤销').click();
    await page.getByRole('dialog', { name: '撤销授权' }).waitFor();
    await field(page, '撤销原因').fill('授权有误');
    await button(page, '确认撤销').click();
    await page.getByLabel('现有授权').getByText('暂无授权。').waitFor();
    await check('revoked');

    // 组织: the tree, and a new enterprise union under a district.
    await page.goto(`${baseUrl}/#/admin/pages/orgs/index`);
    await page.getByLabel('东城区总工会', { exact: true }).waitFor();
    await check('orgs');
    await page
      .getByLabel('东城区总工会', { exact: true })
      .locator('taro-button-core')
      .filter({ hasText: '新建下级' })
      .click();
    await page.getByRole('dialog', { name: '在东城区总工会下新建组织' }).waitFor();
    await field(page, '名称').fill('东城精密铸造有限公司工会');
    await check('create-org');
    await button(page, '新建').last().click();
    await page.getByText('✓ 已新建 东城精密铸造有限公司工会').waitFor();
    await page.getByLabel('东城精密铸造有限公司工会', { exact: true }).waitFor();

    // 邀请码: a code for an enterprise union.
    await page.goto(`${baseUrl}/#/admin/pages/invites/index`);
    await page.getByRole('radio', { name: new RegExp(`^${ENTERPRISE}，`) }).click();
    await button(page, '生成邀请码').click();
    await page.getByAltText(`加入${ENTERPRISE}的邀请码`).waitFor();
    await page.getByText(/^有效期至 \d+月\d+日 周. \d\d:\d\d$/).waitFor();
    await check('invite-code');

    // A worker with a pending request elsewhere opens the invite (H5: `?token=`) and joins at once.
    const token = await inviteToken(page);
    await actAs(page, baseUrl, 'demo-applicant-2');
    await page.goto(`${baseUrl}/#/account/pages/invite/index?token=${token}`);
    await page.getByText('你申请加入西湖纺织集团工会的申请会同时撤回。').waitFor();
    // Which enterprise the code is for shows before accepting.
    await page.getByText('东城电力检修有限公司工会（东城区总工会）').waitFor();
    await page.getByText(/^邀请有效期至 \d+年\d+月\d+日$/).waitFor();
    await check('invite-open');
    await button(page, '接受邀请').click();
    await page.getByText('✓ 已加入企业工会').waitFor();
    await page.getByText('东城电力检修有限公司工会（东城区总工会）').waitFor();
    await check('invite-accepted');
  },
};

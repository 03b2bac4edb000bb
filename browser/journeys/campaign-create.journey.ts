// 新建评选活动 from its defaults (issue 17, "The campaign form"): 钱雅琴 (city union) opens the form and keeps what it
// offers — the title in the campaign's own year, one category, dates from tomorrow, the usual rules — adds a
// description and a cover image, and empties the title to see a refused 创建: every problem listed at the top, the
// first field scrolled to, an entry tapped scrolling to its field. Filled again, the campaign is created without an
// error. In PC WeChat's wide window the form stands in two columns (the page's height is logged against the same
// form stacked in one). Once nomination opens, the public voting page leads with the cover (after WeChat's image
// check passed it) and the description, and so does the home list.
import type { Page } from 'playwright-core';
import { beijingYear } from '../../src/shared/time/beijing';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { png, setWeChatRules } from './media-steps';
import { actAs, button, field, settle, settledCheck } from './people-steps';
import { advanceTo } from './selection-steps';

const DESCRIPTION = '为弘扬劳模精神、工匠精神，评选一批技艺精湛、贡献突出的工匠。\n欢迎广大职工和市民参与投票。';
const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

/** Whether the element's box lies inside the window (scrolled into view). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .locator('visible=true')
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });
}

/** The scrolling height of the page shown (Taro's page element scrolls, not the document). */
const pageHeight = (page: Page) =>
  page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find(
      (element) => getComputedStyle(element).display !== 'none',
    );
    return shown ? shown.scrollHeight : document.documentElement.scrollHeight;
  });

async function scrollToTop(page: Page) {
  await page.evaluate(() => {
    document.querySelectorAll('.taro_page').forEach((element) => (element.scrollTop = 0));
    window.scrollTo(0, 0);
  });
}

export const campaignCreateJourney: Journey = {
  name: 'campaign-create',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    await setWeChatRules(baseUrl, { mediaVerdictDelayMs: 300 });
    await page.goto(`${baseUrl}/#/pages/me/index`);
    await actAs(page, baseUrl, 'persona-city-staff');
    await page.goto(`${baseUrl}/#/admin/pages/index/index`);
    await page.getByRole('link', { name: /^评选活动/ }).click();
    await button(page, '新建评选活动').click();

    // The defaults, valid together: the title in the year the campaign's dates fall in (from tomorrow).
    const year = beijingYear(now().getTime() + 86_400_000);
    const title = field(page, '活动名称');
    await title.waitFor();
    expect(await title.inputValue(), 'the title defaults to the campaign’s own year').toBe(`${year}年度示范市工匠`);
    expect(await field(page, '类别1名称').inputValue(), 'one category, named').toBe('综合类');
    await page
      .getByText('放假：法定节假日不上班，不算工作日；调休：周末补班要上班，算工作日。', { exact: false })
      .waitFor();
    await check('defaults');

    await field(page, '活动简介').fill(DESCRIPTION);
    const chooser = page.waitForEvent('filechooser');
    await button(page, '上传封面图片').click();
    await (
      await chooser
    ).setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: png(640, 360, [200, 30, 40]) });
    await button(page, '换一张封面图片').waitFor();
    await check('description-and-cover');

    // One field emptied: 创建 lists the problem at the top, naming the field, and brings the field into view.
    const category = field(page, '类别1名称');
    await category.fill('');
    await button(page, '创建评选活动').click();
    const summary = page.getByRole('alert', { name: '需要修改的栏目' });
    await summary.waitFor();
    const entry = summary.getByRole('link', { name: '类别1名称：请填写类别名称（2到20个字）' });
    await entry.waitFor();
    expect(await summary.getByRole('link').count(), 'one problem, one entry').toBe(1);
    await page.waitForFunction(() => {
      const box = document.querySelector('.jx-at--categories-0-name')?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await check('refused-field-scrolled');
    // Back at the top the list is there; its entry scrolls to the field again.
    await scrollToTop(page);
    expect(await inView(page, '.jx-at--categories-0-name'), 'the field is off screen from the top').toBe(false);
    await check('error-list');
    await entry.click();
    await page.waitForFunction(() => {
      const box = document.querySelector('.jx-at--categories-0-name')?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    await category.fill('综合类');
    expect(await title.getAttribute('placeholder'), 'the title’s example is in the campaign’s year').toBe(
      `如：${year}年度示范市工匠`,
    );
    await title.fill(`${year}年度封面旅程工匠`);

    // PC WeChat: the form in two columns side by side; its height against the same form stacked in one column.
    await page.setViewportSize(WIDE);
    await page.locator('.jx-campaign-form--wide').waitFor();
    await settle(page);
    await scrollToTop(page);
    const twoColumns = await pageHeight(page);
    const stacked = await page.addStyleTag({ content: '.jx-campaign-form--wide { display: block !important; }' });
    const oneColumn = await pageHeight(page);
    await stacked.evaluate((style) => (style as HTMLStyleElement).remove());
    const columns = await page
      .locator('.jx-campaign-form__column')
      .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().height)));
    console.log(
      `  campaign form at 1280 px: page ${twoColumns} px in two columns (left ${columns[0]}, right ${columns[1]}), ${oneColumn} px stacked in one`,
    );
    expect(
      twoColumns < oneColumn * 0.85,
      `two columns make the form shorter (${twoColumns} against ${oneColumn} px)`,
    ).toBe(true);
    await check('wide-form');
    await button(page, '创建评选活动').scrollIntoViewIfNeeded();
    await check('wide-form-end');
    await page.setViewportSize(PHONE);
    await settle(page);

    await button(page, '创建评选活动').click();
    await page.getByText('当前阶段：筹备中').waitFor();
    await page.locator('[aria-label="活动介绍"]').getByText('为弘扬劳模精神、工匠精神', { exact: false }).waitFor();
    await check('created');
    await page.locator('[aria-label="活动介绍"]').scrollIntoViewIfNeeded();
    await check('created-about');
    await page.setViewportSize(WIDE);
    await check('created-wide');
    await page.setViewportSize(PHONE);

    // Nomination opens: the public voting page leads with the cover (once the image check passed it) and the text.
    await advanceTo(page, '推荐提名');
    const id = /[?&]id=([^&]+)/.exec(page.url())?.[1];
    expect(!!id, 'the campaign page names its campaign').toBe(true);
    await actAs(page, baseUrl, 'persona-worker');
    await page.goto(`${baseUrl}/#/vote/pages/campaign/index?id=${id!}`);
    const cover = page.getByAltText(`${year}年度封面旅程工匠封面`);
    for (let tries = 0; tries < 20 && (await cover.count()) === 0; tries++) {
      await page.waitForTimeout(300);
      await page.reload();
    }
    await cover.first().waitFor();
    const width = await cover
      .first()
      .evaluate(
        (element) =>
          ((element.tagName === 'IMG' ? element : element.querySelector('img')) as HTMLImageElement).naturalWidth,
      );
    expect(width, 'the cover image loaded').toBe(640);
    await page.getByText('欢迎广大职工和市民参与投票', { exact: false }).waitFor();
    await check('public-page');
    // The home list shows it too: the cover beside the title, the description's first lines.
    await page.goto(`${baseUrl}/#/pages/home/index`);
    // The list reloads when shown again: wait for the cover to have loaded in whichever render stays.
    await page.waitForFunction((alt) => {
      const image = document.querySelector<HTMLImageElement>(`img[alt="${alt}"]`);
      if (!image || image.naturalWidth === 0) return false;
      image.scrollIntoView({ block: 'center' });
      return true;
    }, `${year}年度封面旅程工匠封面`);
    await settle(page);
    await check('home-list');
    await setWeChatRules(baseUrl, {});
  },
};

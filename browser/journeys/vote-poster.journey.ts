// A voter opens 周建国's photo full screen, then makes his poster on his candidate page: the picture is A4 at 150
// dpi (1240×1754) with his photo, and its mini-program code — read off the picture itself, as a phone's scanner would —
// opens his page again (the local WeChat draws a QR code of the page and scene where the real one draws a round code).
// Then the voter saves the picture (a download in the browser). At 375×667 and, through each check, the largest font.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { POSTER_HEIGHT, POSTER_LAYOUT, POSTER_WIDTH } from '../../src/features/selection/public/poster-layout';
import { decodeQrBitmap, type RgbaBitmap } from '../../src/platform/qr-decode';
import { newId } from '../../src/shared/ids';
import { readPng } from '../../test-support/png';
import { expect } from '../expect';
import type { Journey } from '../journey';
import { png } from './media-steps';
import { actAs, button, settledCheck } from './people-steps';
import { openVotingThroughWorkbench } from './selection-steps';

const TITLE = '2026年度示范市十佳工匠';
const NOMINEES = ['周建国', '陈晓东'];
const PHOTO_COLOUR: [number, number, number] = [70, 110, 160];

/** The rectangle `box` of a bitmap, as a bitmap of its own. */
function crop(bitmap: RgbaBitmap, box: { x: number; y: number; width: number; height: number }): RgbaBitmap {
  const data = new Uint8Array(box.width * box.height * 4);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      for (let c = 0; c < 4; c++) {
        data[(y * box.width + x) * 4 + c] = bitmap.data[((box.y + y) * bitmap.width + box.x + x) * 4 + c]!;
      }
    }
  }
  return { width: box.width, height: box.height, data };
}

async function posterPicture(page: Page, name: string): Promise<Buffer> {
  const image = page.getByLabel(`${name}的海报`, { exact: true }).locator('img');
  await image.waitFor();
  const src = await image.evaluate((element) => (element as HTMLImageElement).src);
  const data = /^data:image\/png;base64,(.+)$/.exec(src)?.[1];
  expect(data !== undefined, 'the poster is a PNG picture').toBe(true);
  return Buffer.from(data!, 'base64');
}

export const votePosterJourney: Journey = {
  name: 'vote-poster',
  async run({ page, baseUrl, now, check: checkNow }) {
    const check = settledCheck(page, checkNow);
    const photo = png(480, 360, PHOTO_COLOUR);
    const campaignId = await openVotingThroughWorkbench(page, baseUrl, now(), TITLE, NOMINEES, { 周建国: photo });

    // A visitor opens 周建国's page from the list.
    await actAs(page, baseUrl, `visitor-${newId()}`);
    await page.goto(`${baseUrl}/#/vote/pages/campaign/index?id=${encodeURIComponent(campaignId)}`);
    await page.getByLabel('周建国', { exact: true }).getByRole('link').click();
    await page.getByText('主要事迹').waitFor();

    // The page leads with his photo; a tap shows it full screen, a tap closes it.
    await page.getByRole('button', { name: '周建国的照片，点按查看大图' }).click();
    const viewer = page.locator('.preview-image img').first();
    await viewer.waitFor();
    await viewer.evaluate((img) => (img as HTMLImageElement).decode());
    expect(
      await viewer.evaluate((img) => (img as HTMLImageElement).naturalWidth),
      'the full-screen photo is his photo at its own size',
    ).toBe(480);
    await page.locator('.preview-image').click();
    await page.locator('.preview-image').waitFor({ state: 'detached' });

    const card = page.getByLabel('海报', { exact: true });
    await card.scrollIntoViewIfNeeded();
    await check('poster-offer');

    await button(page, '生成海报').click();
    const file = await posterPicture(page, '周建国');
    // Kept beside the screenshots, for whoever looks at the poster itself.
    writeFileSync(
      path.resolve(__dirname, '..', '..', '.artifacts', 'screenshots', 'vote-poster', 'picture.png'),
      file,
    );
    const picture = readPng(file);
    expect([picture.width, picture.height], 'the poster is A4 at 150 dpi').toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
    const { photo: photoBox } = POSTER_LAYOUT;
    const middle = ((photoBox.y + photoBox.height / 2) * picture.width + photoBox.x + photoBox.width / 2) * 4;
    expect(Array.from(picture.data.slice(middle, middle + 3)), 'his photo fills the photo box').toEqual(PHOTO_COLOUR);
    await card.getByText(`海报为A4大小（${POSTER_WIDTH}×${POSTER_HEIGHT}像素）`, { exact: false }).waitFor();
    await check('poster');

    // The code on the poster, scanned: it opens his page.
    const scanned = await decodeQrBitmap(crop(picture, POSTER_LAYOUT.code));
    expect(
      scanned?.startsWith('vote/pages/candidate/index?scene='),
      `the code opens a candidate page: ${scanned}`,
    ).toBe(true);
    await page.goto(`${baseUrl}/#/${scanned!}`);
    await page.getByLabel('候选人', { exact: true }).getByText('周建国').waitFor();
    await page.getByText('主要事迹').waitFor();
    await check('scanned');

    // Saved: in a browser, a download under his 编号 and name.
    await button(page, '生成海报').click();
    await posterPicture(page, '周建国');
    const downloading = page.waitForEvent('download');
    await button(page, '保存图片').click();
    const download = await downloading;
    expect(download.suggestedFilename(), 'the file name').toBe('001号周建国-海报.png');
    const saved = card.getByText('已下载为图片“001号周建国-海报.png”', { exact: false });
    await saved.waitFor();
    await saved.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await check('saved');
  },
};

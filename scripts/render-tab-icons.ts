// Renders the tab-bar icons (SVG drawn here) to the 81×81 PNGs WeChat's tabBar requires, grey and brand red.
// Run it after changing a drawing: `npx tsx scripts/render-tab-icons.ts`; the PNGs are committed.
import path from 'node:path';
import { openPhoneBrowser } from '../browser/harness';

const stroke = 'fill="none" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"';

const drawings: Record<string, string> = {
  // 首页: a house.
  home: `<path ${stroke} d="M14 38 L40.5 15 L67 38"/><path ${stroke} d="M21 33 V66 H60 V33"/><path ${stroke} d="M34 66 V48 H47 V66"/>`,
  // 活动: a calendar with a flag.
  activities: `<rect ${stroke} x="14" y="19" width="53" height="47" rx="6"/><path ${stroke} d="M14 32 H67 M28 12 V24 M53 12 V24"/><path ${stroke} d="M33 57 V40 L48 44 L33 49"/>`,
  // 我的: a person.
  me: `<circle ${stroke} cx="40.5" cy="29" r="12"/><path ${stroke} d="M17 67 C19 52 29 46 40.5 46 C52 46 62 52 64 67"/>`,
};

const colours = { normal: '#595959', active: '#c8102e' };

async function main(): Promise<void> {
  const browser = await openPhoneBrowser();
  const page = await browser.context.newPage();
  const outDir = path.resolve(__dirname, '..', 'src', 'assets', 'tabbar');
  for (const [name, body] of Object.entries(drawings)) {
    for (const [state, colour] of Object.entries(colours)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81" stroke="${colour}">${body}</svg>`;
      await page.setViewportSize({ width: 81, height: 81 });
      await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
      const file = path.join(outDir, `${name}${state === 'active' ? '-active' : ''}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true, scale: 'css' });
      console.log(file);
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

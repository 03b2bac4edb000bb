// What the H5 home page loads before it shows content: the app is served by a seeded local cloud and opened in
// headless Chromium (the browser journeys' phone profile); every script and stylesheet that arrives until 首页's
// 正在进行 list has rendered is counted at its full size (the local server does not compress).
import path from 'node:path';
import { openPhoneBrowser } from '../browser/harness';
import { startSeededCloud } from '../test-support/seeded-cloud';

export interface FirstLoad {
  bytes: number;
  /** Each file's path on the server and its size, in the order the responses arrived. */
  files: Array<{ path: string; bytes: number }>;
}

export async function h5FirstLoad(staticDir: string): Promise<FirstLoad> {
  const env = await startSeededCloud({ staticDir });
  const browser = await openPhoneBrowser();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    const origin = new URL(env.cloud.url).origin;
    const files: FirstLoad['files'] = [];
    const pending: Array<Promise<void>> = [];
    let counting = true;
    page.on('response', (response) => {
      const url = new URL(response.url());
      const type = response.request().resourceType();
      if (!counting || url.origin !== origin || (type !== 'script' && type !== 'stylesheet')) return;
      const entry = { path: url.pathname, bytes: 0 };
      files.push(entry);
      pending.push(
        response.body().then((body) => {
          entry.bytes = body.length;
        }),
      );
    });
    await page.goto(`${env.cloud.url}/`);
    // Content: the selections going on, which need the page's own code and an answer from the cloud.
    await page.getByLabel('正在进行').getByRole('link').first().waitFor();
    counting = false;
    await Promise.all(pending);
    return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await browser.close();
    await env.close();
  }
}

if (require.main === module) {
  // `npx tsx bench/h5-first-load.ts`: the list of files, to see what the home page pulls in.
  h5FirstLoad(path.resolve(__dirname, '..', 'dist', 'h5')).then(
    (load) => {
      for (const file of load.files) console.log(`${(file.bytes / 1024).toFixed(1).padStart(8)} KB  ${file.path}`);
      console.log(`${(load.bytes / 1024).toFixed(1).padStart(8)} KB  in ${load.files.length} files`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

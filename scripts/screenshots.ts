// Screenshots of built pages, light and dark, desktop and phone, for looking at the site as a reader.
// Usage: BASE_PATH=/notes/ npm run build && npx tsx scripts/screenshots.ts [out-dir] [page-path ...]
// FULL=1 for full-page images, SCREENS=n for n successive screens; DIST=dir to serve another build.
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';

const [outDir = '.cache/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['', 'chapters/exponentially-weighted-averages/'];
const sizes = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync(outDir, { recursive: true });
const { server, url } = await serveStatic(process.env.DIST ?? 'dist', process.env.BASE_PATH ?? '/notes/');
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const theme of ['light', 'dark'] as const) {
    const browser = await launch({ viewport, colorScheme: theme });
    const page = await browser.context.newPage();
    for (const path of pages) {
      await page.goto(url + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${sizeName}-${theme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
      // SCREENS=n: also n successive screens down the page, for reading a long chapter.
      for (let i = 1; i < Number(process.env.SCREENS ?? 0); i++) {
        await page.evaluate((y) => window.scrollTo(0, y), i * (viewport.height - 60));
        await page.waitForTimeout(100);
        const part = name.replace(/\.png$/, `-${i}.png`);
        await page.screenshot({ path: `${outDir}/${part}` });
        console.log(`${outDir}/${part}`);
      }
    }
    await browser.close();
  }
}
server.close();

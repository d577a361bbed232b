import { launch } from '/work/main/test/e2e/browser.ts';
import { serveStatic } from '/work/main/test/e2e/static-server.ts';
const { server, url } = await serveStatic('/work/main/dist', '/notes/');
const b = await launch();
const page = await b.context.newPage();
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('PAGEERR', e.message));
page.on('worker', (w) => { console.log('WORKER', w.url().slice(0,80)); w.on('console', (m) => console.log('WCONSOLE', m.text().slice(0,300))); });
await page.goto(url + 'chapters/exponentially-weighted-averages/', { waitUntil: 'load' });
const s = page.locator('live-snippet').first();
await s.locator('button[data-action="run"]').click();
await page.waitForTimeout(5000);
const frame = page.frames().find((f) => f !== page.mainFrame());
console.log('FRAMES', page.frames().length, frame?.url());
if (frame) {
  console.log(await frame.evaluate(async () => {
    const out: string[] = [];
    try {
      const u = URL.createObjectURL(new Blob(['import(URL.createObjectURL(new Blob(["export const a = 41 + 1"], { type: "text/javascript" }))).then((m) => self.postMessage("import ok " + m.a + " " + self.origin), (e) => self.postMessage("import failed " + e.message))'], { type: 'text/javascript' }));
      for (const opts of [{ type: 'module' }, {}] as WorkerOptions[]) {
      const w = new Worker(u, opts);
      out.push(JSON.stringify(opts) + await new Promise((res) => { w.onmessage = (e) => res(String(e.data)); w.onerror = (e) => res('onerror ' + e.message + ' ' + (e as any).filename); setTimeout(() => res('timeout'), 3000); }));
      }
    } catch (e) { out.push('throw ' + (e as Error).message); }
    return out.join(' | ');
  }));
}
console.log('STATE', await s.getAttribute('data-state'), await s.locator('[data-role="status"]').textContent());
await b.close(); server.close();

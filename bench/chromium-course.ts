/**
 * `npx tsx bench/chromium-course.ts`: the chapter 3 course exercise (5000 epochs, three optimizers;
 * through train() as its snippet runs it, and by a hand-written loop) and the Adam run through
 * train(), in Debian's Chromium, inside a blob: worker of a page whose policy is the reader frame's
 * (no fetch at all, 'wasm-unsafe-eval'), on both kernel paths. Wall-clock seconds from the
 * worker's clock, best of two rounds (both shown); the machine is shared.
 */
import { build } from 'esbuild';
import { launch } from '../test/e2e/browser';

const bundle = await build({ entryPoints: ['bench/chromium/course-exercise.worker.ts'], bundle: true, format: 'iife', write: false, target: 'es2022' });
const workerSource = bundle.outputFiles[0].text;
const csp = "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval' blob:; worker-src blob:; connect-src 'none'";
const html = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><script>
  window.result = new Promise((resolve, reject) => {
    const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(workerSource)}], { type: 'text/javascript' })));
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message));
  });
</script>`;

const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setContent(html);
  const { defaultPath, results } = (await page.evaluate('window.result')) as { defaultPath: string; results: { workload: string; path: string; seconds: number; result: number }[] };
  console.log(`Chromium worker: default kernel path ${defaultPath}`);
  const best = new Map<string, { seconds: number; result: number }>();
  const all = new Map<string, string[]>();
  for (const r of results) {
    const key = `${r.workload}|${r.path}`;
    if (!best.has(key) || best.get(key)!.seconds > r.seconds) best.set(key, r);
    all.set(key, [...(all.get(key) ?? []), r.seconds.toFixed(2)]);
  }
  for (const workload of new Set(results.map((r) => r.workload))) {
    const ts = best.get(`${workload}|ts`)!, wasm = best.get(`${workload}|wasm`)!;
    const rounds = (path: string) => all.get(`${workload}|${path}`)!.join(', ');
    console.log(`${workload.padEnd(24)} ts ${ts.seconds.toFixed(2)} s (${rounds('ts')})  wasm ${wasm.seconds.toFixed(2)} s (${rounds('wasm')})  (${(ts.seconds / wasm.seconds).toFixed(2)}x; accuracy ${ts.result} / ${wasm.result})`);
  }
} finally {
  await browser.close();
}

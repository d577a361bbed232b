// `npm run audit`: Lighthouse in mobile mode on the landing page, every chapter and the API page of the
// built site, printed as a table with the lab metrics, then each page's weight: HTML bytes raw and gzipped,
// and how much of it is inline SVG figures and highlighted code. Measures; asserts nothing. Audits dist/ as it
// was built (served under the base path it was built for); builds it first, under /notes/, if there is none.
// `--dist DIR` audits another build; `--sizes` prints the weights only (no Lighthouse).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { audit, categories, metrics } from '../test/e2e/lighthouse';
import { serveStatic } from '../test/e2e/static-server';
import { builtBasePath } from './pdf';

const distFlag = process.argv.indexOf('--dist');
const dist = distFlag >= 0 ? process.argv[distFlag + 1]! : 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  if (distFlag >= 0) throw new Error(`no built site in ${dist}`);
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { BASE_PATH: '/notes/', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const pages = ['', 'api/', ...readdirSync(join(dist, 'chapters')).map((slug) => `chapters/${slug}/`)];
const pad = (s: string, n: number) => s.padEnd(n);
const label = (page: string) => page || '/';

if (!process.argv.includes('--sizes')) {
  const { server, url } = await serveStatic(dist, builtBasePath(dist));
  const results = await audit(pages.map((p) => url + p));
  server.close();
  const short: Record<string, string> = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'cumulative-layout-shift': 'CLS', 'speed-index': 'SI' };
  console.log(pad('page', 48) + categories.map((c) => pad(c, 16)).join('') + metrics.map((m) => pad(short[m]!, 8)).join(''));
  for (const r of results) {
    const cells = categories.map((c) => pad(((r.scores[c] ?? 0) * 100).toFixed(0), 16));
    const lab = metrics.map((m) => pad(r.metrics[m] === undefined ? '-' : m === 'cumulative-layout-shift' ? r.metrics[m].toFixed(3) : r.metrics[m].toFixed(0), 8));
    console.log(pad(label(r.url.slice(url.length)), 48) + cells.join('') + lab.join(''));
  }
  for (const r of results) for (const f of r.failures) console.log(`  ${label(r.url.slice(url.length))}: ${f}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
}

/** Total length of the matches of `pattern` in `html`. */
const bytesOf = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('\n' + pad('page (KB)', 48) + ['html', 'gzip', 'svg', 'code', 'rest'].map((h) => pad(h, 9)).join(''));
for (const page of pages) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const total = Buffer.byteLength(html);
  const svg = bytesOf(html, /<svg\b[\s\S]*?<\/svg>/g);
  const code = bytesOf(html, /<pre class="(?:astro-code|shiki)\b[\s\S]*?<\/pre>/g);
  console.log(pad(label(page), 48) + [total, gzipSync(html, { level: 6 }).length, svg, code, total - svg - code].map((n) => pad(kb(n), 9)).join(''));
}

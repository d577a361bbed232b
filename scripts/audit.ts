// `npm run audit`: Lighthouse in mobile mode on the landing page, every chapter and the API page of the
// built site, printed as a table. Measures; asserts nothing. Audits dist/ as it was built (served under
// the base path it was built for); builds it first, under /notes/, if there is none.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { audit, categories } from '../test/e2e/lighthouse';
import { serveStatic } from '../test/e2e/static-server';
import { builtBasePath } from './pdf';

if (!existsSync('dist/index.html')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { BASE_PATH: '/notes/', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
const { server, url } = await serveStatic('dist', builtBasePath('dist'));
const pages = ['', 'api/', ...readdirSync('dist/chapters').map((slug) => `chapters/${slug}/`)];
const results = await audit(pages.map((p) => url + p));
server.close();

const pad = (s: string, n: number) => s.padEnd(n);
console.log(pad('page', 48) + categories.map((c) => pad(c, 16)).join(''));
for (const r of results) {
  const path = r.url.slice(url.length) || '/';
  console.log(pad(path, 48) + categories.map((c) => pad(((r.scores[c] ?? 0) * 100).toFixed(0), 16)).join(''));
}
for (const r of results) for (const f of r.failures) console.log(`  ${r.url.slice(url.length) || '/'}: ${f}`);
if (process.argv.includes('--json')) console.log(JSON.stringify(results));

/** Runs Lighthouse (mobile) on pages with Debian's Chromium, offline, and returns the category scores. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Scores = Partial<Record<Category, number>>;

const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The lab metrics `npm run audit` prints beside the performance score (ms, except CLS). */
export const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;
export type Metric = (typeof metrics)[number];

export interface PageAudit { url: string; scores: Scores; failures: string[]; metrics: Partial<Record<Metric, number>> }

/** Scores (0 to 1) per page, the failing audits of each category below 1, and the lab metrics, for the report. */
export async function audit(urls: string[], only: readonly Category[] = categories): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: flags });
  const results: PageAudit[] = [];
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...only] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr;
      const scores: Scores = {};
      const failures: string[] = [];
      for (const name of only) {
        const category = lhr.categories[name];
        scores[name] = category?.score ?? 0;
        for (const ref of category?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) {
            const details = a.details as { items?: { node?: { snippet?: string } }[] } | undefined;
            const where = (details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean).slice(0, 3).join(' ');
            failures.push(`${name}: ${a.id} (${a.title})${where ? ` at ${where}` : ''}`);
          }
        }
      }
      const measured: PageAudit['metrics'] = {};
      for (const m of metrics) if (typeof lhr.audits[m]?.numericValue === 'number') measured[m] = lhr.audits[m].numericValue;
      results.push({ url, scores, failures, metrics: measured });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

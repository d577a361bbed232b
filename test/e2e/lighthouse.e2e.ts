/**
 * Lighthouse in mobile mode on the landing page, the API page, every chapter and Chinese pages: accessibility, best
 * practices and SEO must each score at least 0.95. Performance is measured by `npm run audit` and
 * reported, not asserted: it is too noisy on a shared machine.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { audit } from './lighthouse';

const siteUrl = inject('siteUrl');
// The Chinese edition's landing page and its first translated chapter stand for the other Chinese pages
// (same components; Lighthouse takes about 20 s a page).
const chinesePages = ['zh-cn/', 'zh-cn/chapters/exponentially-weighted-averages/'];
const pages = ['', 'api/', ...readdirSync('dist/chapters').map((slug) => `chapters/${slug}/`), ...chinesePages];

describe('Lighthouse (mobile)', () => {
  it('scores accessibility, best practices and SEO >= 0.95 on every page', async () => {
    const results = await audit(pages.map((p) => siteUrl + p), ['accessibility', 'best-practices', 'seo']);
    const below = results.flatMap((r) =>
      Object.entries(r.scores)
        .filter(([, score]) => (score ?? 0) < 0.95)
        .map(([category, score]) => `${r.url.slice(siteUrl.length) || '/'} ${category} ${score}: ${r.failures.filter((f) => f.startsWith(category)).join('; ')}`),
    );
    expect(below).toEqual([]);
    expect(results).toHaveLength(pages.length);
  }, 900_000);
});

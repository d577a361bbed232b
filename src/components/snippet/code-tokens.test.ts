import { readdirSync, readFileSync } from 'node:fs';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeThemes } from '../../lib/code-themes';
import { lighterTokens } from './code-tokens';

const highlight = (code: string, transformers = [lighterTokens]) => codeToHtml(code, { lang: 'ts', themes: codeThemes, transformers });
/** The text a page shows: markup stripped, entities decoded. */
const visibleText = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('lighter highlighted code', () => {
  const chapters = new URL('../../../content/chapters/', import.meta.url);
  const sources = readdirSync(chapters, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(f, chapters), 'utf8'));

  it('keeps every snippet\'s text exactly, with every token colour as a class (no inline colours left), in under half the markup', async () => {
    expect(sources.length).toBeGreaterThan(5);
    let [lighter, shiki] = [0, 0];
    for (const source of sources) {
      const [html, plain] = [await highlight(source), await highlight(source, [])];
      expect(visibleText(html)).toBe(visibleText(plain));
      expect(html.match(/<span style=/g) ?? []).toEqual([]);
      [lighter, shiki] = [lighter + html.length, shiki + plain.length];
    }
    expect(lighter).toBeLessThan(shiki / 2);
  });

  it('gives keywords, strings and comments their classes, and merges tokens of one colour', async () => {
    const html = await highlight("const a = 'x'; // note\nreturn a;");
    expect(html).toContain('<span class="k">const</span>');
    expect(html).toContain('<span class="s"> \'x\'</span>');
    expect(html).toContain('; <span class="c">// note</span>');
    expect((await highlight('a + b + c')).match(/<span class="line">/g)).toHaveLength(1);
  });
});

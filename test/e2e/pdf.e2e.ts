/**
 * The PDF edition that `npm run build` printed into dist/ (the build in global-setup): one file per
 * language found in dist/, each with a title page, a contents page whose page numbers are right, every
 * chapter in course order, and figures drawn as vector graphics (no blank pages). Reads the PDFs with
 * Debian's poppler-utils (pdfinfo, pdftotext) for text and pdf-lib for the drawing operators.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, type PDFRawStream, type PDFRef, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { findEditions, type Edition } from '../../scripts/pdf';
import { launch } from './browser';

const dist = 'dist';
const editions = findEditions(dist);

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').trim();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Without any white space: a title that wraps (a line break inside Chinese text) still matches. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** Chapter titles and figure counts of one edition, in the order of its landing page's course map. */
function chaptersOf(edition: Edition): { title: string; figures: number; figureTitles: string[] }[] {
  const landing = readFileSync(join(dist, edition.folder, 'index.html'), 'utf8');
  const main = landing.slice(landing.indexOf('<main'));
  const slugs = [...new Set([...main.matchAll(/href="[^"]*\/chapters\/([^/"]+)\/"/g)].map((m) => m[1]!))];
  return slugs.map((slug) => {
    const html = readFileSync(join(dist, edition.folder, 'chapters', slug, 'index.html'), 'utf8');
    return {
      title: stripTags(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!),
      figures: html.split('class="snippet-figure"').length - 1,
      // The titles drawn inside the static SVGs (not the course-map thumbnails: those are on the landing page).
      figureTitles: [...html.matchAll(/<text class="lnf-title"[^>]*>([^<]+)<\/text>/g)].map((m) => collapse(stripTags(m[1]!))),
    };
  });
}

/** Each page's text, in reading order (pdftotext separates pages with a form feed). */
function pageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
}

/** How many straight path segments (the `l` operator) each page draws: text is glyphs, plots are paths. */
async function lineSegmentsPerPage(file: string): Promise<number[]> {
  const doc = await PDFDocument.load(readFileSync(file));
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    if (!contents) return 0;
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    const operators = streams
      .map((ref) => Buffer.from(decodePDFRawStream(doc.context.lookup(ref as PDFRef) as PDFRawStream).decode()).toString('latin1'))
      .join('\n');
    return operators.match(/\sl(?=\s)/g)?.length ?? 0;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The start page of each chapter as the contents page (page 2) gives it: "3 Momentum, RMSprop and Adam 20". */
function contentsStarts(pages: string[], chapters: { title: string }[]): number[] {
  const contents = collapse(pages[1]!);
  return chapters.map((chapter, i) => {
    const entry = new RegExp(`${i + 1} ${escapeRegExp(chapter.title)} (\\d+)`).exec(contents);
    expect(entry, `contents entry for "${chapter.title}"`).toBeTruthy();
    return Number(entry![1]);
  });
}

/** Where the figures are: a plot draws hundreds of segments; prose, math, code and boxes draw a few dozen. */
const figureSegments = 100;

describe('print stylesheet', () => {
  it('prints figures and text without controls, in the light theme even for a reader in the dark one', async () => {
    const browser = await launch({ colorScheme: 'dark' });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${inject('siteUrl')}chapters/exponentially-weighted-averages/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.sidebar', '.snippet-bar', '.snippet-knobs', '.snippet-console', '.exercise .snippet-code']) {
        expect(await page.locator(hidden).first().isVisible(), `${hidden} is not printed`).toBe(false);
      }
      expect(await page.locator('.snippet-figure svg').first().isVisible()).toBe(true);
      expect(await page.locator('.snippet .snippet-code').first().isVisible()).toBe(true);
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    } finally {
      await browser.close();
    }
  });
});

describe('PDF edition', () => {
  it('has one PDF per language built into dist/, English among them', () => {
    expect(editions.map((edition) => edition.lang)).toContain('en');
    for (const edition of editions) expect(existsSync(join(dist, edition.pdfName)), edition.pdfName).toBe(true);
  });

  it('lists the English chapters in the order of their folders', () => {
    const english = editions.find((edition) => edition.lang === 'en')!;
    const folders = readdirSync('content/chapters').filter((name) => /^\d\d-/.test(name)).sort();
    const titles = folders.map((folder) => {
      const frontmatter = readFileSync(join('content/chapters', folder, 'index.mdx'), 'utf8');
      return /^title:\s*["']?(.*?)["']?\s*$/m.exec(frontmatter)![1];
    });
    expect(chaptersOf(english).map((chapter) => chapter.title)).toEqual(titles);
  });

  for (const edition of editions) {
    describe(edition.pdfName, () => {
      const file = join(dist, edition.pdfName);

      it('has a title page, a contents page with the right page numbers, and every chapter in order', async () => {
        const chapters = chaptersOf(edition);
        const pages = pageTexts(file);
        const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
        expect(pages).toHaveLength(pageCount);
        // Title page, contents, and at least a page per chapter; the notes run to dozens of pages.
        expect(pageCount).toBeGreaterThanOrEqual(2 + chapters.length);
        const landingTitle = stripTags(/<title>([\s\S]*?)<\/title>/.exec(readFileSync(join(dist, edition.folder, 'index.html'), 'utf8'))![1]!);
        expect(squash(pages[0]!)).toContain(squash(landingTitle));

        let previousStart = 2;
        contentsStarts(pages, chapters).forEach((start, i) => {
          const { title } = chapters[i]!;
          expect(start, `"${title}" starts after the chapter before it`).toBeGreaterThan(previousStart);
          previousStart = start;
          const startPage = collapse(pages[start - 1]!);
          expect(squash(startPage), `page ${start} opens "${title}"`).toContain(squash(title));
          // The footer's number is the page's own number, so the contents and the paper agree.
          expect(startPage.endsWith(` ${start}`), `page ${start} is numbered ${start}`).toBe(true);
        });
      });

      it('prints every figure, drawn as vector graphics, and has no blank page', async () => {
        const chapters = chaptersOf(edition);
        const pages = pageTexts(file);
        const segments = await lineSegmentsPerPage(file);
        pages.forEach((text, i) => expect(text.trim().length + segments[i]!, `page ${i + 1} is not blank`).toBeGreaterThan(0));
        const starts = contentsStarts(pages, chapters);
        chapters.forEach((chapter, i) => {
          const range = [starts[i]! - 1, (starts[i + 1] ?? pages.length + 1) - 1] as const;
          // The text inside each SVG (its title) is on the chapter's pages: the figure itself was printed.
          const chapterText = squash(pages.slice(...range).join(''));
          for (const figureTitle of chapter.figureTitles) expect(chapterText, `figure "${figureTitle}" in "${chapter.title}"`).toContain(squash(figureTitle));
          const figurePages = segments.slice(...range).filter((count) => count >= figureSegments).length;
          if (chapter.figures > 0) expect(figurePages, `pages with figures in "${chapter.title}"`).toBeGreaterThan(0);
        });
        console.log(`${edition.pdfName}: ${pages.length} pages, ${segments.filter((count) => count >= figureSegments).length} with figures`);
      });
    });
  }
});

/**
 * `npm run pdf` (also the last step of `npm run build`): one PDF of the whole notes per language, from
 * the built site in dist/, printed by Chromium with the site's print stylesheet.
 *
 * Editions are found in dist/, not listed here: the site root is one (dist/chapters/), and so is every
 * top-level folder with its own index.html and chapters/ (e.g. dist/zh-cn/). Each becomes
 * dist/live-notes-<lang>.pdf, <lang> being its landing page's `<html lang>` in lower case.
 *
 * Each PDF: a title page, a table of contents with page numbers, then every chapter in course order
 * with the chapter's title in the page header and a page number in the footer. Chapters are printed one
 * by one, so their page counts are known exactly before the contents page is drawn (two passes: print
 * the chapters, then the contents with their start pages); pdf-lib joins the parts and numbers the pages.
 *
 * Without a Chromium the step says so and exits 0, so `npm start` works on a machine without one;
 * PDF_REQUIRED=1 (set by the deploy workflow) makes that an error instead.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { chromiumPath, launch } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';

export const distDir = process.env.OUT_DIR ?? 'dist';

/** One language of the site: where its pages live under dist/ and the PDF it becomes. */
export interface Edition {
  /** Folder under dist/ ('' for the site root, 'zh-cn/' for a folder). */
  folder: string;
  /** The landing page's `<html lang>`, lower-cased: 'en', 'zh-cn'. */
  lang: string;
  /** File name of its PDF inside dist/. */
  pdfName: string;
}

function isEditionRoot(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'chapters')) && statSync(join(dir, 'chapters')).isDirectory();
}

function langOf(indexHtml: string): string {
  return (/<html[^>]*\blang="([^"]+)"/.exec(indexHtml)?.[1] ?? 'en').toLowerCase();
}

/** The languages built into `dist`: the root, then every top-level folder that is a site of its own. */
export function findEditions(dist = distDir): Edition[] {
  const folders = ['', ...readdirSync(dist).filter((name) => statSync(join(dist, name)).isDirectory()).sort().map((name) => `${name}/`)];
  return folders
    .filter((folder) => isEditionRoot(join(dist, folder)))
    .map((folder) => {
      const lang = langOf(readFileSync(join(dist, folder, 'index.html'), 'utf8'));
      return { folder, lang, pdfName: `live-notes-${lang}.pdf` };
    });
}

/** The base path dist/ was built for, read from the landing page's icon link ("/notes/favicon.svg"). */
export function builtBasePath(dist = distDir): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return /<link rel="icon" href="([^"]*?)favicon\.svg"/.exec(html)?.[1] ?? process.env.BASE_PATH ?? '/';
}

const pageFormat = { format: 'A4', margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' } } as const;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface Landing {
  title: string;
  intro: string;
  contentsHeading: string;
  chapterUrls: string[];
}

/** What the title page and contents need, read from the edition's own landing page (so in its language). */
async function readLanding(page: Page, url: string): Promise<Landing> {
  await page.goto(url, { waitUntil: 'load' });
  // No helper functions inside evaluate(): tsx would wrap them in a __name() the page does not have.
  const read = (selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? '', selector);
  const links = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('main a[href*="/chapters/"]')].map((a) => a.href));
  const description = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '');
  return {
    title: await page.title(),
    intro: (await read('main .hero p')) || description,
    contentsHeading: await read('#course-map'),
    chapterUrls: [...new Set(links)],
  };
}

/** Prints one chapter page with the print stylesheet, its title in the running header. */
async function printChapter(page: Page, url: string, siteTitle: string): Promise<{ title: string; pdf: Uint8Array }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const title = await page.evaluate(() => document.querySelector('main h1')?.textContent?.trim() ?? document.title);
  const header = `<div style="width:100%;font-size:8px;color:#666;padding:0 16mm;display:flex;justify-content:space-between;font-family:system-ui,sans-serif">
    <span>${escapeHtml(siteTitle)}</span><span>${escapeHtml(title)}</span></div>`;
  const pdf = await page.pdf({ ...pageFormat, printBackground: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: '<span></span>' });
  return { title, pdf };
}

const frontMatterStyle = `
  body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d2330; margin: 0; }
  .title-page { height: 250mm; display: flex; flex-direction: column; justify-content: center; }
  .title-page h1 { font-size: 30pt; line-height: 1.2; margin: 0 0 8mm; }
  .title-page p { font-size: 13pt; color: #4a5263; max-width: 140mm; line-height: 1.5; }
  .contents h2 { font-size: 20pt; margin: 0 0 8mm; }
  .contents ol { list-style: none; padding: 0; margin: 0; font-size: 12pt; }
  .contents li { display: flex; gap: 3mm; padding: 2mm 0; border-bottom: 0.5px dotted #999; }
  .contents .title { flex: 1; }
`;

async function printHtml(page: Page, body: string): Promise<Uint8Array> {
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${frontMatterStyle}</style></head><body>${body}</body></html>`);
  return page.pdf({ ...pageFormat, printBackground: true });
}

function contentsHtml(heading: string, entries: { title: string; startPage: number }[]): string {
  const items = entries.map((entry, i) => `<li><span>${i + 1}</span><span class="title">${escapeHtml(entry.title)}</span><span>${entry.startPage}</span></li>`);
  return `<section class="contents"><h2>${escapeHtml(heading)}</h2><ol>${items.join('')}</ol></section>`;
}

const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

/** Builds one edition's PDF and returns its page count. */
async function buildEdition(page: Page, siteUrl: string, edition: Edition): Promise<number> {
  const landing = await readLanding(page, new URL(edition.folder, siteUrl).href);
  if (landing.chapterUrls.length === 0) throw new Error(`No chapter links on the landing page of ${edition.folder || 'the site root'}`);

  const chapters = [];
  for (const url of landing.chapterUrls) chapters.push(await printChapter(page, url, landing.title));
  const chapterPages = await Promise.all(chapters.map((chapter) => pageCount(chapter.pdf)));

  const titlePage = await printHtml(page, `<section class="title-page"><h1>${escapeHtml(landing.title)}</h1><p>${escapeHtml(landing.intro)}</p></section>`);
  const titlePages = await pageCount(titlePage);
  // Pass two: the contents' own length moves every chapter's start, so draw it until its length settles.
  let contentsPages = 1;
  let contents: Uint8Array;
  for (;;) {
    let next = titlePages + contentsPages + 1;
    const entries = chapters.map((chapter, i) => {
      const startPage = next;
      next += chapterPages[i]!;
      return { title: chapter.title, startPage };
    });
    contents = await printHtml(page, contentsHtml(landing.contentsHeading || 'Contents', entries));
    const printed = await pageCount(contents);
    if (printed === contentsPages) break;
    contentsPages = printed;
  }

  const book = await PDFDocument.create();
  book.setTitle(landing.title);
  book.setLanguage(edition.lang);
  book.setCreator('Live Notes (npm run pdf)');
  for (const part of [titlePage, contents, ...chapters.map((chapter) => chapter.pdf)]) {
    const source = await PDFDocument.load(part);
    for (const copied of await book.copyPages(source, source.getPageIndices())) book.addPage(copied);
  }
  const font = await book.embedFont(StandardFonts.Helvetica);
  book.getPages().forEach((bookPage, i) => {
    if (i < titlePages) return; // the title page carries no number
    const label = String(i + 1);
    const size = 9;
    bookPage.drawText(label, { x: (bookPage.getWidth() - font.widthOfTextAtSize(label, size)) / 2, y: 24, size, font, color: rgb(0.4, 0.4, 0.4) });
  });
  writeFileSync(join(distDir, edition.pdfName), await book.save());
  return book.getPageCount();
}

async function main() {
  if (!existsSync(chromiumPath)) {
    const message = `PDF edition not built: no Chromium at ${chromiumPath} (install it with apt-get install chromium, or set CHROMIUM_PATH).`;
    if (process.env.PDF_REQUIRED === '1') throw new Error(message);
    console.warn(message);
    return;
  }
  const editions = findEditions();
  if (editions.length === 0) throw new Error(`No built site in ${distDir}/: run the build first.`);
  const started = Date.now();
  const { server, url } = await serveStatic(distDir, builtBasePath());
  const browser = await launch({ viewport: { width: 1000, height: 1400 }, colorScheme: 'light' });
  try {
    const page = await browser.context.newPage();
    for (const edition of editions) {
      const pages = await buildEdition(page, url, edition);
      const kilobytes = Math.round(statSync(join(distDir, edition.pdfName)).size / 1024);
      console.log(`pdf: ${distDir}/${edition.pdfName}: ${pages} pages, ${kilobytes} KB`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`pdf: ${editions.length} edition(s) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// Run as a script (not when a test imports findEditions).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

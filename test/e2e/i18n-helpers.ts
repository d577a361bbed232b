/** Checks shared by the browser tests of the Chinese edition. */
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';

/** The dictionary's English strings that differ in Chinese ("API" and "Esc" are the same in both). */
function englishOnlyStrings(): string[] {
  const strings: string[] = [];
  const walk = (english: unknown, chinese: unknown) => {
    if (typeof english === 'string') {
      if (english !== chinese) strings.push(english.trim());
    } else if (english && typeof english === 'object') {
      for (const [key, value] of Object.entries(english)) walk(value, (chinese as Record<string, unknown>)[key]);
    }
  };
  walk(en, zhCn);
  return strings.filter((s) => s.length > 0);
}

/**
 * The English UI strings of the dictionary found in a Chinese page's text or accessible names (snippet
 * toolbars and exercise panels included), outside code, math, and parts marked lang="en" (an
 * untranslated chapter's text or exercise instructions).
 */
export function untranslatedUiStrings(page: Page): Promise<string[]> {
  return page.evaluate((strings) => {
    // Parts marked lang="en" inside the page (not <html>, which is how an English page says it).
    const skipped = 'pre, code, .katex, body [lang="en"], script, style, template';
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest(skipped)) texts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [data-solved-text], [data-to-dark]')) {
      if (el.closest(skipped)) continue;
      for (const name of el.getAttributeNames()) if (/^(aria-label|placeholder|title|data-.*)$/.test(name)) texts.push(el.getAttribute(name) ?? '');
    }
    texts.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    const all = texts.join('\n');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return strings.filter((s) => new RegExp(`(^|[^A-Za-z])${escape(s)}($|[^A-Za-z])`).test(all));
  }, englishOnlyStrings());
}

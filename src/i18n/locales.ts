/**
 * The site's languages. English lives at the root with the original URLs; every other language
 * lives under its own prefix with the same slugs (/zh-cn/chapters/<slug>/), as Astro and Starlight do.
 */
import type { BilingualText, SnippetLocale } from '../runtime/snippet';

/** A language of the site; the same names snippets see, so a page can hand its own to a snippet run. */
export type Locale = SnippetLocale;

export const defaultLocale: Locale = 'en';

/** Every language, in the order the language switcher lists them. */
export const locales: readonly Locale[] = ['en', 'zh-cn'];

/** The BCP 47 tag for `<html lang>` and hreflang (Pagefind splits its index by it). */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** The path prefix of a language inside the site: '' for English, 'zh-cn/' for Chinese. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `${locale}/`;
}

/** A language's file suffix for translated content: index.zh-cn.mdx, instructions.zh-cn.mdx. */
export function contentSuffix(locale: Locale): string {
  return locale === defaultLocale ? '' : `.${locale}`;
}

/**
 * The language of a page from its path inside the site ("zh-cn/chapters/momentum/" -> 'zh-cn'),
 * and the same path without the language prefix ("chapters/momentum/").
 */
export function splitLocale(pathInSite: string): { locale: Locale; path: string } {
  const trimmed = pathInSite.replace(/^\//, '');
  for (const locale of locales) {
    const prefix = localePrefix(locale);
    if (prefix && (trimmed === prefix.slice(0, -1) || trimmed.startsWith(prefix))) return { locale, path: trimmed.slice(prefix.length) };
  }
  return { locale: defaultLocale, path: trimmed };
}

/**
 * The language of the page a script runs in, from `<html lang>` (English when it names no other).
 * Tiny and free of dictionaries, so first-paint scripts may call it too.
 */
export function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return locales.find((locale) => htmlLang[locale] === lang) ?? defaultLocale;
}

/** A text an author writes in English only, or in both languages (an exercise case's name and hint). */
export type LocalText = string | BilingualText;

/** `text` in `locale`: an English-only text is the same in every language. */
export function localText(text: LocalText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return locale === 'zh-cn' ? text.zh : text.en;
}

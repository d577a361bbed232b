/** Site-wide helpers: chapter order, URLs under the base path and a language's prefix. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localePrefix, locales, splitLocale, ui, type Locale } from '../i18n';

import { localized } from './localize';
export type Chapter = CollectionEntry<'chapters'>;
export type Translation = CollectionEntry<'translations'>;

export const siteTitle = ui(defaultLocale).site.title;

/** A path inside the site, prefixed with the base path the site was built for. */
export function href(path: string): string {
  return basePath() + path.replace(/^\//, '');
}

function basePath(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A path inside one language's part of the site: localeHref('zh-cn', 'api/') -> "/notes/zh-cn/api/". */
export function localeHref(locale: Locale, path: string): string {
  return href(localePrefix(locale) + path.replace(/^\//, ''));
}

/** The language of the page at `url`, and its path with neither base nor language ("chapters/x/"). */
export function pageLocation(url: URL): { locale: Locale; path: string } {
  const base = basePath();
  const pathname = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  return splitLocale(pathname);
}

/** "03-momentum-rmsprop-adam" -> "momentum-rmsprop-adam" */
export function chapterSlug(chapter: Chapter): string {
  return chapter.id.replace(/\/index$/, '').replace(/^\d+-/, '');
}

/** The chapter's number, from its folder prefix. */
export function chapterNumber(chapter: Chapter): number {
  return Number(/^(\d+)-/.exec(chapter.id)?.[1] ?? 0);
}

/** The chapter's folder under content/chapters, e.g. "03-momentum-rmsprop-adam". */
export function chapterFolder(chapter: Chapter): string {
  return chapter.id.replace(/\/index$/, '');
}

export function chapterHref(chapter: Chapter, locale: Locale = defaultLocale): string {
  return localeHref(locale, `chapters/${chapterSlug(chapter)}/`);
}

/** All chapters in course order. */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => chapterNumber(a) - chapterNumber(b));
}

/** A chapter as one language shows it: its own text when translated, else the English one. */
export interface LocalizedChapter {
  readonly chapter: Chapter;
  /** The entry to render: the translation, or the English chapter when there is none. */
  readonly entry: Chapter | Translation;
  readonly title: string;
  readonly summary: string;
  /** The language of title and summary (English when the chapter has no translation file). */
  readonly namesLocale: Locale;
  /** The language the text is written in (English for an untranslated chapter). */
  readonly contentLocale: Locale;
}

/**
 * All chapters in course order, as `locale` shows them. A translation whose body is still empty (only
 * its frontmatter is written) gives the chapter its title and summary; the text stays English until then.
 */
export async function getLocalizedChapters(locale: Locale): Promise<LocalizedChapter[]> {
  const chapters = await getChapters();
  const translations = locale === defaultLocale ? [] : await getCollection('translations');
  return chapters.map((chapter) => {
    const translation = translations.find((t) => t.id === `${locale}/${chapterFolder(chapter)}`);
    const names = (translation ?? chapter).data;
    const text = localized<Chapter | Translation>(locale, chapter, translation, (t) => Boolean(t.body?.trim()));
    return {
      chapter,
      ...text,
      title: names.title,
      summary: names.summary,
      namesLocale: translation ? locale : defaultLocale,
    };
  });
}

/** Route parameters for a page under src/pages/[...lang]/: none for English, `lang: 'zh-cn'` for Chinese. */
export function localeRoutes(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale }, props: { locale } }));
}

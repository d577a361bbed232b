/**
 * Which text a page in one language shows: pure, so a unit test can check the fallback even while every
 * chapter and exercise of the site has its translation (test/unit/localize.test.ts).
 * @module
 */
import { defaultLocale, type Locale } from '../i18n/locales';

/** What a page shows of one text: its entry (the translation, or the English original) and that text's language. */
export interface Localized<T> {
  readonly entry: T;
  readonly contentLocale: Locale;
}

/**
 * The translation when it has text, else the English original. `hasText` says whether the translation is
 * written yet (a chapter's Chinese file may hold only its title and summary).
 */
export function localized<T>(locale: Locale, english: T, translation: T | undefined, hasText: (t: T) => boolean = () => true): Localized<T> {
  if (locale === defaultLocale || translation === undefined || !hasText(translation)) return { entry: english, contentLocale: defaultLocale };
  return { entry: translation, contentLocale: locale };
}

/** The UI text of each language: `ui(locale).chapter.next`. */
import { en, type Dictionary } from './en';
import type { Locale } from './locales';
import { zhCn } from './zh-cn';

export type { Dictionary } from './en';
export * from './locales';

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCn };

/** The dictionary of `locale`. */
export function ui(locale: Locale): Dictionary {
  return dictionaries[locale];
}

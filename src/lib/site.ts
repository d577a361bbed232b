/** Site-wide helpers: chapter order, URLs under the base path. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export const siteTitle = 'Live Notes: Improving Deep Neural Networks';

/** A path inside the site, prefixed with the base path the site was built for. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
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

export function chapterHref(chapter: Chapter): string {
  return href(`chapters/${chapterSlug(chapter)}/`);
}

/** All chapters in course order. */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => chapterNumber(a) - chapterNumber(b));
}

/** Reading chapter sources for the translation tests: which chapters have a Chinese text, and its parts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { headingIdMarker } from '../../src/i18n/heading-ids';

const root = 'content/chapters';

export interface ChapterSource {
  readonly folder: string;
  readonly english: string;
  /** The Chinese file's body (without frontmatter); empty while only its title and summary are written. */
  readonly chinese: string;
}

const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Every chapter that has an index.zh-cn.mdx. */
export function chineseChapters(): ChapterSource[] {
  return readdirSync(root)
    .filter((folder) => existsSync(`${root}/${folder}/index.zh-cn.mdx`))
    .map((folder) => ({
      folder,
      english: body(readFileSync(`${root}/${folder}/index.mdx`, 'utf8')),
      chinese: body(readFileSync(`${root}/${folder}/index.zh-cn.mdx`, 'utf8')),
    }));
}

/** The text without fenced code, so that `##` inside code is no heading. */
const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');

/** The sorted attribute values of a component's uses: uses(text, 'Value', ['src', 'name']) -> ["a.ts name", ...]. */
export function uses(text: string, component: string, attributes: readonly string[]): string[] {
  const tags = withoutCode(text).match(new RegExp(`<${component}\\b[^>]*>`, 'g')) ?? [];
  return tags.map((tag) => attributes.map((a) => new RegExp(`\\b${a}="([^"]*)"`).exec(tag)?.[1] ?? '').join(' ')).sort();
}

/** Section anchors as the site builds them: an explicit \{#id}, else the slug of the heading's text. */
export function anchors(text: string): string[] {
  const slugger = new GithubSlugger();
  return [...withoutCode(text).matchAll(/^#{2,6}\s+(.+)$/gm)].map(([, heading]) => {
    const explicit = headingIdMarker.exec(heading.replace(/\\\{/g, '{'));
    if (explicit) return explicit[1];
    return slugger.slug(heading.replace(/[`*_]/g, '').replace(/\$([^$]*)\$/g, '$1'));
  });
}

/** The prose a reader reads: no code, math, components, heading-id markers or emphasis marks. */
export function prose(text: string): string {
  return withoutCode(text)
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\\\{#[\w-]+\}/g, ' ')
    .replace(/\*\*?/g, '');
}

import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterSchema, frontmatterProblem } from './lib/chapter-frontmatter';

/**
 * Chapters live in content/chapters/<nn-slug>/index.mdx with their snippets beside them.
 * The two-digit prefix orders them; the rest of the folder name is the URL slug.
 * The frontmatter rules are in src/lib/chapter-frontmatter.ts (and in the README).
 */
function chapterLoader(): Loader {
  const files = glob({ pattern: '*/index.mdx', base: './content/chapters' });
  return {
    name: 'chapters',
    // Each chapter's frontmatter is checked as it loads: one plain message naming file and field,
    // thrown once, before a page renders (Astro's own message would wrap the field in ** and come later).
    load: (context) =>
      files.load({
        ...context,
        parseData: (entry) => {
          const problem = frontmatterProblem(relative(process.cwd(), entry.filePath ?? entry.id), entry.data);
          if (problem) throw new Error(problem);
          return context.parseData(entry);
        },
      }),
  };
}

const chapters = defineCollection({ loader: chapterLoader(), schema: chapterSchema });

/**
 * Translations sit beside the English text as content/chapters/<nn-slug>/index.<locale>.mdx (index.zh-cn.mdx).
 * The id is "<locale>/<nn-slug>"; numbers, course videos and key figure come from the English chapter.
 */
const translations = defineCollection({
  loader: glob({
    pattern: '*/index.*.mdx',
    base: './content/chapters',
    generateId: ({ entry }) => entry.replace(/^(.+)\/index\.([\w-]+)\.mdx$/, '$2/$1'),
  }),
  schema: z.object({ title: z.string().min(2), summary: z.string().min(10).max(240) }).strict(),
});

export const collections = { chapters, translations };

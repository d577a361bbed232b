import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapters live in content/chapters/<nn-slug>/index.mdx with their snippets beside them.
 * The two-digit prefix orders them; the rest of the folder name is the URL slug.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: './content/chapters' }),
  schema: z
    .object({
      title: z.string().min(3),
      /** One line for the course map and the page description. */
      summary: z.string().min(10).max(240),
      /** Course videos covered, e.g. "2.6-2.8". */
      sections: z.string().regex(/^\d+\.\d+(-\d+\.\d+)?(, ?\d+\.\d+(-\d+\.\d+)?)*$/, 'sections must look like "2.6-2.8" or "2.1, 2.3"'),
      /** The snippet whose first figure is the chapter's thumbnail on the course map, e.g. "ewa.ts". */
      keyFigure: z.string().regex(/^[\w-]+\.ts$/, 'keyFigure must be a snippet file name such as "ewa.ts"').optional(),
    })
    .strict(),
});

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

import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
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

export const collections = { chapters };

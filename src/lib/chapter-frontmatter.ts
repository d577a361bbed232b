/**
 * The rules for a chapter's frontmatter, and the one plain message a broken chapter fails with.
 * Used by the content collection (src/content.config.ts) while it loads each chapter, so a mistake
 * stops the build at once, before any page renders, naming the file and the field.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    title: z.string().min(3),
    /** One line for the course map and the page description. */
    summary: z.string().min(10).max(240),
    /** Course videos covered, e.g. "2.6-2.8". */
    sections: z.string().regex(/^\d+\.\d+(-\d+\.\d+)?(, ?\d+\.\d+(-\d+\.\d+)?)*$/, 'must look like "2.6-2.8" or "2.1, 2.3"'),
    /** The snippet whose first figure is the chapter's thumbnail on the course map, e.g. "ewa.ts". */
    keyFigure: z.string().regex(/^[\w-]+\.ts$/, 'must be a snippet file name such as "ewa.ts"').optional(),
  })
  .strict();

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `unknown field "${key}"`).join(', ');
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && data[field] === undefined) return `field "${field}" is missing`;
  return `field "${field}" ${issue.message.replace(/^Invalid input: /, '')}`;
}

/**
 * What is wrong with the frontmatter `data` of the chapter at `filePath` (an index.mdx), or undefined.
 * Beyond the schema: `keyFigure` must name a snippet that exists beside the chapter.
 */
export function frontmatterProblem(filePath: string, data: Record<string, unknown>): string | undefined {
  const parsed = chapterSchema.safeParse(data);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => describeIssue(issue, data));
  if (parsed.success && parsed.data.keyFigure && !existsSync(join(dirname(filePath), parsed.data.keyFigure))) {
    problems.push(`field "keyFigure" names ${parsed.data.keyFigure}, which is not a file in ${dirname(filePath)}/`);
  }
  return problems.length > 0 ? `${filePath}: ${problems.join('; ')}` : undefined;
}

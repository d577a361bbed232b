/**
 * The GitHub Pages workflow is valid YAML, uses the official Pages actions, and builds with the command
 * the README gives (BASE_PATH=/<repository>/ npm run build), so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const steps = (job: string): Step[] => workflow.jobs[job].steps;
const buildCommand = /BASE_PATH=(\S+) (npm run build)\b/;

describe('deploy workflow', () => {
  it('is a Pages deployment triggered by a push to main', () => {
    expect(workflow.on.push.branches).toContain('main');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.environment.name).toBe('github-pages');
  });

  it('uses the official Pages actions and uploads dist/', () => {
    const uses = steps('build').map((step) => step.uses ?? '');
    expect(uses.some((u) => u.startsWith('actions/checkout@'))).toBe(true);
    expect(uses.some((u) => u.startsWith('actions/setup-node@'))).toBe(true);
    const upload = steps('build').find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(steps('deploy').some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('installs with npm ci and builds with the README command, the base path from the repository name', () => {
    const runs = steps('build').map((step) => step.run ?? '');
    expect(runs.some((run) => run.startsWith('npm ci'))).toBe(true);
    // BASE_PATH=/<repository>/ goes into the job's environment, then the same build command as the README's.
    expect(runs.join('\n')).toContain('echo "BASE_PATH=/$repo/" >> "$GITHUB_ENV"');
    const documented = buildCommand.exec(readme);
    expect(documented, 'the README gives BASE_PATH=... npm run build').toBeTruthy();
    expect(runs).toContain(documented![2]);
    expect(readme).toContain('.github/workflows/deploy.yml');
  });

  it('requires the PDF edition, printed by the Chrome of the runner image', () => {
    const build = steps('build').find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({ PDF_REQUIRED: '1', CHROMIUM_PATH: '/usr/bin/google-chrome' });
  });
});

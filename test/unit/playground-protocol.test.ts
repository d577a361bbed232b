/** The worker protocol's types: a payload must match its message name (checked by tsc in npm test). */
import { describe, expect, it } from 'vitest';
import type { FromWorkerMessage, ToWorkerMessage } from '../../src/runtime/protocol';

describe('protocol messages', () => {
  it('accept the payload of their own type', () => {
    const run: ToWorkerMessage = { type: 'run', code: 'export const a = 1;', knobs: { beta: 0.9 } };
    const error: FromWorkerMessage = { type: 'error', kind: 'runtime', name: 'Error', message: 'boom', line: 3 };
    expect([run.type, error.type]).toEqual(['run', 'error']);
  });

  it('reject payloads of another type, unknown names and unknown kinds', () => {
    // @ts-expect-error a run needs code and knobs
    const missing: ToWorkerMessage = { type: 'run', name: 'speed', value: 2 };
    // @ts-expect-error no such message
    const unknown: ToWorkerMessage = { type: 'pause' };
    // @ts-expect-error an error's kind is one of syntax, runtime, memory, divergence
    const kind: FromWorkerMessage = { type: 'error', kind: 'oops', name: 'E', message: 'm' };
    // @ts-expect-error figures carry figures, not a fraction
    const figures: FromWorkerMessage = { type: 'figures', fraction: 0.5 };
    expect([missing, unknown, kind, figures].length).toBe(4);
  });
});

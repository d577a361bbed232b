/**
 * The snippet host inside the page's Web Worker: knobs come from the page,
 * figures, progress and logs go back to it as messages, throttled so the page
 * stays smooth, and parallel() fans out to child workers.
 * @module
 */
import type { FromTaskWorkerMessage, FromWorkerMessage, ToTaskWorkerMessage } from './protocol';
import { validKnobValue } from './knob-rules';
import type { Figure, KnobDecl, KnobValue, SnippetHost, SnippetLocale } from './snippet';
import { createThrottle, type Throttle } from './throttle';

/** Minimum time between two batches of figure updates sent to the page. */
export const FIGURE_INTERVAL_MS = 100;
/** Minimum time between two real yields of tick(): a yield costs a few milliseconds. */
export const TICK_INTERVAL_MS = 15;
/** How many parallel() tasks run at once, at most. */
export const MAX_PARALLEL = 8;

/** The worker-side pieces the host needs, replaceable in tests. */
export interface WorkerHostOptions {
  readonly post: (message: FromWorkerMessage) => void;
  /** The page's language, for the snippet's `label()` calls (English when absent). */
  readonly locale?: SnippetLocale;
  /** Knob values chosen in the page (sliders), by name. */
  readonly knobs: Readonly<Record<string, KnobValue>>;
  /** Starts a child worker for one parallel() task. */
  readonly spawn?: () => Worker;
  /** Sees a child's message first; returns true when it handled it (module requests inside the sandbox). */
  readonly childMessage?: (child: Worker, data: unknown) => boolean;
  /** Lets pending messages in (a macrotask); defaults to a MessageChannel round trip. */
  readonly yieldToEvents?: () => Promise<void>;
}

/** A host plus the controls the worker entry needs. */
export interface WorkerHost {
  readonly host: SnippetHost;
  /** Applies a live knob change sent by the page. */
  setLive(name: string, value: KnobValue): void;
  /** Sends what is still buffered (call when the run ends, before `done` or `error`). */
  flush(): void;
}

function messageChannelYield(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Creates the host for one run. */
export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const { post } = options;
  const live = new Map<string, KnobValue>();
  const declared = new Map<string, KnobDecl>();
  const pending = new Map<string, Figure>();
  const yieldToEvents = options.yieldToEvents ?? messageChannelYield;
  let lastYield = performance.now();

  const figures: Throttle = createThrottle(FIGURE_INTERVAL_MS, () => {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    post({ type: 'figures', figures: batch });
  });

  const host: SnippetHost = {
    locale: options.locale === 'zh-cn' ? 'zh-cn' : 'en',
    knob(decl) {
      declared.set(decl.name, decl);
      post({ type: 'knob', decl });
      // The page's values are re-checked here: a share link or a forged message may carry anything.
      return validKnobValue(decl, options.knobs[decl.name]) ?? decl.value;
    },
    liveKnob(name) {
      const decl = declared.get(name);
      return decl && (validKnobValue(decl, live.get(name)) ?? validKnobValue(decl, options.knobs[name]));
    },
    plot(figure) {
      pending.set(figure.id, figure);
      figures.request();
    },
    progress(fraction) {
      post({ type: 'progress', fraction });
    },
    async tick() {
      const now = performance.now();
      if (now - lastYield < TICK_INTERVAL_MS) return;
      lastYield = now;
      await yieldToEvents();
    },
    parallel<I, O>(inputs: readonly I[], taskSource: string, onResult?: (output: O, index: number) => void): Promise<O[]> {
      const spawn = options.spawn;
      if (!spawn) return Promise.reject(new Error('parallel(): workers are not available here.'));
      return runParallel(inputs, taskSource, spawn, post, onResult, options.childMessage);
    },
  };

  return {
    host,
    setLive: (name, value) => live.set(name, value),
    flush: () => figures.flushNow(),
  };
}

/** Runs one task per input in child workers, at most {@link MAX_PARALLEL} at a time. */
function runParallel<I, O>(
  inputs: readonly I[],
  source: string,
  spawn: () => Worker,
  post: (message: FromWorkerMessage) => void,
  onResult?: (output: O, index: number) => void,
  childMessage?: (child: Worker, data: unknown) => boolean,
): Promise<O[]> {
  const outputs: O[] = new Array(inputs.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    if (inputs.length === 0) resolve(outputs);
    const startOne = () => {
      const index = next++;
      if (index >= inputs.length) return;
      const worker = spawn();
      worker.onmessage = (event: MessageEvent<FromTaskWorkerMessage>) => {
        if (childMessage?.(worker, event.data)) return;
        const message = event.data;
        if (message.type === 'log') post(message); // the task's console.log reaches the page
        if (message.type === 'taskError') {
          worker.terminate();
          reject(new Error(`parallel() task ${index}: ${message.message}`));
        }
        if (message.type !== 'taskResult') return;
        worker.terminate();
        outputs[index] = message.output as O;
        try {
          onResult?.(outputs[index], index);
        } catch (error) {
          reject(error);
          return;
        }
        if (++finished === inputs.length) resolve(outputs);
        else startOne();
      };
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        reject(new Error(`parallel() task ${index} failed: ${event.message || 'the worker crashed (out of memory?)'}`));
      };
      const task: ToTaskWorkerMessage = { type: 'task', source, input: inputs[index] };
      worker.postMessage(task);
    };
    for (let i = 0; i < Math.min(MAX_PARALLEL, inputs.length); i++) startOne();
  });
}

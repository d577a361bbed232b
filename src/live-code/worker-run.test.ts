/** superviseWorker(): the time limit, Stop, a crash and an answer each terminate the worker once, and nothing is heard after. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { superviseWorker, type EndReason } from './worker-run';

/** The part of a Worker the supervisor touches, with a way to play the worker's side. */
class FakeWorker {
  terminated = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  prevented = 0;
  terminate(): void {
    this.terminated++;
  }
  send(data: unknown): void {
    this.onmessage?.({ data });
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => void this.prevented++ });
  }
}

function supervise(timeLimitMs = 1000) {
  const worker = new FakeWorker();
  const heard: unknown[] = [];
  const ended: [EndReason, string][] = [];
  const run = superviseWorker<unknown>(worker as unknown as Worker, timeLimitMs, {
    message: (data) => {
      heard.push(data);
      if (data === 'answer') run.end();
    },
    ended: (reason, crashMessage) => void ended.push([reason, crashMessage]),
  });
  let finished = false;
  void run.finished.then(() => (finished = true));
  return { worker, run, heard, ended, isFinished: async () => (await Promise.resolve(), finished) };
}

describe('superviseWorker()', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('passes messages on until the owner ends the run on an answer, then terminates once and ignores the rest', async () => {
    const { worker, run, heard, ended, isFinished } = supervise();
    worker.send('progress');
    expect(run.over).toBe(false);
    worker.send('answer');
    worker.send('late');
    vi.advanceTimersByTime(5000); // the time limit no longer fires
    run.stop(); // nor does a Stop after the answer
    expect(heard).toEqual(['progress', 'answer']);
    expect(ended).toEqual([]);
    expect(worker.terminated).toBe(1);
    expect(run.over).toBe(true);
    expect(await isFinished()).toBe(true);
  });

  it('terminates at the time limit and reports a timeout, not before', async () => {
    const { worker, run, ended, isFinished } = supervise(1000);
    vi.advanceTimersByTime(999);
    expect(ended).toEqual([]);
    expect(await isFinished()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(ended).toEqual([['timeout', '']]);
    expect(worker.terminated).toBe(1);
    expect(run.over).toBe(true);
    expect(await isFinished()).toBe(true);
  });

  it('reports the reader\'s Stop once', () => {
    const { worker, run, ended } = supervise();
    run.stop();
    run.stop();
    worker.send('late');
    vi.advanceTimersByTime(5000);
    expect(ended).toEqual([['stopped', '']]);
    expect(worker.terminated).toBe(1);
  });

  it('reports a crash with the worker\'s message and keeps the error from the page', () => {
    const { worker, ended, heard } = supervise();
    worker.crash('Out of memory');
    worker.crash('again');
    worker.send('late');
    expect(ended).toEqual([['crashed', 'Out of memory']]);
    expect(heard).toEqual([]);
    expect(worker.prevented).toBe(2);
    expect(worker.terminated).toBe(1);
  });

  it('detach() ends the run without terminating the worker, and nothing more is heard', async () => {
    const { worker, run, heard, ended, isFinished } = supervise();
    worker.send('first');
    run.detach();
    worker.send('late');
    vi.advanceTimersByTime(5000);
    expect(heard).toEqual(['first']);
    expect(worker.terminated).toBe(0);
    expect(ended).toEqual([]);
    expect(run.over).toBe(true);
    expect(await isFinished()).toBe(true);
  });
});

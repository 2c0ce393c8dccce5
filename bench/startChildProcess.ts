/**
 * The bench's child processes (simulators, floor servers, the gateway): each runs on its own event
 * loop, so no figure includes another component's work. Every child started here is stopped by
 * {@link stopAllChildProcesses}, and killed should the bench exit first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A running child process. */
export interface BenchChild {
  readonly pid: number;
  /** Its first stdout line, when it was started with `readyLine` (the child's JSON hello). */
  readonly firstLine: string | null;
  /** False once it has exited. */
  running(): boolean;
  /** SIGTERM, then SIGKILL if it has not exited within 15 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Shown in errors. */
  name: string;
  /** The complete environment of the child (nothing is inherited beyond it). */
  env?: NodeJS.ProcessEnv;
  /**
   * `readyLine`: the child prints one line once it is ready; start resolves with it and the rest of
   * stdout is read and dropped. `discard`: stdout goes to /dev/null (a log that must cost the child
   * no more than it costs in production, and the bench nothing).
   */
  stdout: 'readyLine' | 'discard';
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `process.execPath args` and resolves once it runs (and, with `readyLine`, has said so). */
export async function startChildProcess(args: readonly string[], options: ChildOptions): Promise<BenchChild> {
  const stdout = options.stdout === 'discard' ? openSync('/dev/null', 'w') : 'pipe';
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', stdout, 'pipe'],
    ...(options.env ? { env: options.env } : {}),
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  let stderrTail = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderrTail = (stderrTail + d.toString()).slice(-4000);
    process.stderr.write(d);
  });
  let firstLine: string | null = null;
  if (options.stdout === 'readyLine') {
    firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      const onData = (d: Buffer): void => {
        out += d.toString();
        const end = out.indexOf('\n');
        if (end < 0) return;
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(out.slice(0, end));
      };
      child.stdout?.on('data', onData);
      void exited.then(() =>
        reject(new Error(`${options.name} exited (code ${child.exitCode}) before it was ready: ${stderrTail}`)),
      );
    });
  }
  if (child.pid === undefined) throw new Error(`${options.name} did not start: ${stderrTail}`);
  const pid = child.pid;
  return {
    pid,
    firstLine,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The tsx loader arguments for running one of the bench's TypeScript scripts in a child. */
export function tsxScript(url: URL, ...args: string[]): string[] {
  return ['--import', 'tsx', fileURLToPath(url), ...args];
}

/** Stops every child still running. */
export async function stopAllChildProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

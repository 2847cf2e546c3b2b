// A real `astro dev` over a temporary copy of a notes folder, for specs that
// edit notes while a tab is open. It runs in its own process group, so
// stop() ends Astro and whatever it started (the diagram Chromium) together.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface DevServerOptions {
  /** The notes folder to copy, relative to the project root. */
  notes: string;
  port: number;
  /** OUT_DIR, which also names Astro's cache folder: its own, so no other build's cache is touched. */
  outDir: string;
  /** How long Astro may take to answer, in ms. */
  startTimeout?: number;
  /** Changes the copy of the notes before the server starts. */
  edit?: (notesDir: string) => Promise<void>;
}

export interface DevServer {
  /** The copy of the notes the server reads: edit files here. */
  notesDir: string;
  /** Everything the server has printed so far, without colours. */
  output(): string;
  /** Resolves once the server's output matches `pattern` after `from` characters; rejects after `timeout` ms. */
  waitForOutput(pattern: RegExp, options?: { from?: number; timeout?: number }): Promise<void>;
  stop(): Promise<void>;
}

/** Whether something already answers on `port`: Astro would then quietly take another one. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: 'localhost' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function watchOutput(child: ChildProcess) {
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += stripVTControlCharacters(chunk.toString());
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const waitForOutput: DevServer['waitForOutput'] = (pattern, { from = 0, timeout = 15_000 } = {}) =>
    new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        listeners.delete(check);
        child.off('exit', exited);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => pattern.test(text.slice(from)) && done();
      const exited = () => done(new Error(`astro dev exited before printing ${pattern}:\n${text}`));
      const timer = setTimeout(() => done(new Error(`astro dev did not print ${pattern} within ${timeout} ms:\n${text}`)), timeout);
      listeners.add(check);
      child.once('exit', exited);
      check();
    });
  return { output: () => text, waitForOutput };
}

/** Sends `signal` to the process group `pid` leads, which may have ended already. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function stopper(child: ChildProcess, notesCopy: string) {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      signalGroup(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(notesCopy, { recursive: true, force: true });
  };
}

/** Copies `notes` to a temporary folder and starts `astro dev` on it; resolves once the home page answers. */
export async function startDevServer({ notes, port, outDir, startTimeout = 60_000, edit }: DevServerOptions): Promise<DevServer> {
  if (await portTaken(port)) throw new Error(`port ${port} is in use; the dev server needs it free`);
  const notesDir = join(await mkdtemp(join(tmpdir(), 'live-preview-')), 'notes');
  await cp(join(projectRoot, notes), notesDir, { recursive: true });
  await edit?.(notesDir);
  const child = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, NOTES_DIR: notesDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, waitForOutput } = watchOutput(child);
  const server: DevServer = { notesDir, output, waitForOutput, stop: stopper(child, join(notesDir, '..')) };
  try {
    await waitForOutput(/watching for file changes/, { timeout: startTimeout });
    const response = await fetch(`http://localhost:${port}/`);
    if (!response.ok) throw new Error(`the home page answered ${response.status}:\n${output()}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

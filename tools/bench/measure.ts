// Runs one command and measures it as a whole process tree: wall time, CPU
// time of every descendant (Chromium included), and peak memory of the tree.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMiB: number;
  exitCode: number;
  output: string;
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function residentMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * bash's `times` reports the CPU time of all waited-for descendants, which
 * no Node API exposes; /proc is sampled for the tree's peak resident memory.
 */
export function measure(command: string, env: Record<string, string>): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', `${command} 2>&1; status=$?; times >&3; exit $status`], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    });
    let output = '';
    let times = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stdio[3]!.on('data', (chunk) => (times += chunk));
    let peak = 0;
    const sampler = setInterval(() => {
      const tree = [child.pid!, ...descendants(child.pid!)];
      peak = Math.max(peak, tree.reduce((sum, pid) => sum + residentMiB(pid), 0));
    }, 50);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = (performance.now() - started) / 1000;
      // The second line of `times` is the children's user and system time: "0m12.345s 0m1.234s".
      const seconds = [...(times.split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
        ([, minutes, secs]) => Number(minutes) * 60 + Number(secs),
      );
      resolve({ wallSeconds, cpuSeconds: seconds.reduce((a, b) => a + b, 0), peakMemoryMiB: peak, exitCode: code ?? 1, output });
    });
  });
}

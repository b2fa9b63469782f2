import { readdir, readFile } from 'node:fs/promises';

/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on here. */
const TICKS_PER_SECOND = 100;

export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}

/**
 * The process and every process it started, however deep: a store or worker run as a child process is
 * part of the server's cost. (Worker threads are inside the process and counted already.)
 */
export async function processTree(pid: number): Promise<number[]> {
  const children = async (parent: number): Promise<number[]> => {
    const tasks = await readdir(`/proc/${parent}/task`).catch(() => [] as string[]);
    const lists = await Promise.all(
      tasks.map((task) => readFile(`/proc/${parent}/task/${task}/children`, 'utf8').catch(() => '')),
    );
    return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number));
  };
  const found = [pid];
  for (let index = 0; index < found.length; index++) found.push(...(await children(found[index] as number)));
  return found;
}

/** CPU time of a process tree; a process that exits in between counts as 0 from then on. */
export async function treeCpuMs(pid: number): Promise<Map<number, number>> {
  const pids = await processTree(pid);
  const times = await Promise.all(
    pids.map(async (each) => [each, await cpuMs(each).catch(() => 0)] as const),
  );
  return new Map(times);
}

export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

export interface ProcessUsage {
  /** CPU time over wall time: 100 is one core busy all the time. */
  cpuPercent: number;
  /** CPU time over the window, the process and its children. */
  cpuMs: number;
  peakRssBytes: number;
}

/** Samples a server's CPU and memory (with its child processes) between `start` and `stop`, from /proc (the server is another process). */
export function sampleProcess(pid: number, everyMs = 250) {
  let startedAt = 0;
  let cpuAtStart = new Map<number, number>();
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const sampleRss = async () => {
    const pids = await processTree(pid);
    const sizes = await Promise.all(pids.map((each) => rssBytes(each).catch(() => 0)));
    peak = Math.max(
      peak,
      sizes.reduce((sum, size) => sum + size, 0),
    );
  };
  return {
    async start(): Promise<void> {
      startedAt = performance.now();
      cpuAtStart = await treeCpuMs(pid);
      await sampleRss();
      timer = setInterval(() => void sampleRss(), everyMs);
    },
    async stop(): Promise<ProcessUsage> {
      clearInterval(timer);
      await sampleRss();
      let cpu = 0;
      // A child started during the window counts from 0.
      for (const [each, ms] of await treeCpuMs(pid)) cpu += ms - (cpuAtStart.get(each) ?? 0);
      return { cpuPercent: (cpu / (performance.now() - startedAt)) * 100, cpuMs: cpu, peakRssBytes: peak };
    },
  };
}

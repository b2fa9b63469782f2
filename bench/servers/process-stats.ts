import { readFile } from 'node:fs/promises';

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

export async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

export interface ProcessUsage {
  /** CPU time over wall time: 100 is one core busy all the time. */
  cpuPercent: number;
  peakRssBytes: number;
}

/** Samples a server's CPU and memory between `start` and `stop`, from /proc (the server is another process). */
export function sampleProcess(pid: number, everyMs = 250) {
  let startedAt = 0;
  let cpuAtStart = 0;
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const sampleRss = async () => {
    peak = Math.max(peak, await rssBytes(pid).catch(() => 0));
  };
  return {
    async start(): Promise<void> {
      startedAt = performance.now();
      cpuAtStart = await cpuMs(pid);
      await sampleRss();
      timer = setInterval(() => void sampleRss(), everyMs);
    },
    async stop(): Promise<ProcessUsage> {
      clearInterval(timer);
      await sampleRss();
      const cpu = (await cpuMs(pid)) - cpuAtStart;
      return { cpuPercent: (cpu / (performance.now() - startedAt)) * 100, peakRssBytes: peak };
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BANNER_LAST_LINE } from '../../server/venue/venue-banner.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What the venue banner says, read back from the terminal text. */
export interface VenueBanner {
  /** The whole banner as printed, colours included. */
  text: string;
  /** The "On the room's Wi-Fi" origins, in the order printed. */
  lanUrls: string[];
  facilitatorUrl: string;
  /** The QR code's lines (ANSI colours and half blocks), as the terminal draws them. */
  qrLines: string[];
}

export interface VenueProcess {
  child: ChildProcess;
  banner: VenueBanner;
  output(): string;
  /** SIGTERM, as Ctrl+C would, and waits for the exit code. */
  stop(): Promise<number | null>;
}

const ANSI = /\x1b\[[0-9;]*m/g;

export function readBanner(text: string): VenueBanner {
  const lines = text.split('\n');
  const lanUrls = lines.flatMap((line) => /^\s+(http:\/\/\S+)\s+\(.+\)$/.exec(line)?.[1] ?? []);
  const heading = lines.findIndex((line) => line.startsWith('Facilitator link'));
  const facilitatorUrl = lines[heading + 1]?.trim() ?? '';
  const qrLines = lines.filter((line) => line.includes('\x1b['));
  return { text, lanUrls, facilitatorUrl, qrLines };
}

/**
 * `server/venue-main.ts` in a child process, as `npm run venue` runs it once the client is built,
 * resolved once it has printed its whole banner.
 */
export async function spawnVenue(env: Record<string, string>, timeoutMs = 90_000): Promise<VenueProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/venue-main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no venue banner within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
      const end = stdout.indexOf(BANNER_LAST_LINE);
      if (end >= 0) {
        clearTimeout(timer);
        resolve(stdout.slice(0, end + BANNER_LAST_LINE.length));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`venue server exited (${code}) before its banner:\n${output}`));
    });
  });
  return {
    child,
    banner: readBanner(banner),
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The banner's text without colours, for reading as a person would. */
export function plainText(text: string): string {
  return text.replace(ANSI, '');
}

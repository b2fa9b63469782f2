import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { JoinCode } from '../../../shared/join-codes.js';
import { createItem, readWorkshopContent } from '../../../shared/workshop-document/index.js';
import { apiCall } from '../../helpers/api-call.js';
import { freePort } from '../../helpers/server-process.js';
import { spawnVenue, type VenueProcess } from '../../helpers/venue-process.js';
import { connectClient, waitFor, type TestClient } from '../../helpers/yjs-clients.js';

/**
 * A phone on the venue's Wi-Fi is a second network namespace joined to this one by a veth pair: it
 * has its own interfaces and loopback, and reaches the laptop only at the laptop's LAN address.
 * Names and subnet carry the process id, so two runs on one machine do not meet.
 */
const NAMESPACE = `venue-phone-${process.pid}`;
const LAPTOP_LINK = `vnl${process.pid}`.slice(0, 15);
const PHONE_LINK = `vnp${process.pid}`.slice(0, 15);
const SUBNET = `10.77.${process.pid % 250}`;
const LAPTOP_ADDRESS = `${SUBNET}.1`;
const PHONE_ADDRESS = `${SUBNET}.2`;
const root = fileURLToPath(new URL('../../..', import.meta.url));

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
}

function inNamespace(...args: string[]): void {
  ip('netns', 'exec', NAMESPACE, ...args);
}

const failure = (error: unknown) => String((error as { stderr?: string }).stderr || error).trim();

function removeNetwork(): void {
  // Deleting one end of a veth pair deletes both; a namespace's own interfaces go with it.
  for (const args of [
    ['link', 'delete', LAPTOP_LINK],
    ['netns', 'delete', NAMESPACE],
  ])
    try {
      ip(...args);
    } catch {
      // not there
    }
}

/** The phone's namespace, its link to this one, and their addresses. */
function buildNetwork(): void {
  removeNetwork();
  ip('netns', 'add', NAMESPACE);
  ip('link', 'add', LAPTOP_LINK, 'type', 'veth', 'peer', 'name', PHONE_LINK, 'netns', NAMESPACE);
  ip('address', 'add', `${LAPTOP_ADDRESS}/24`, 'dev', LAPTOP_LINK);
  ip('link', 'set', LAPTOP_LINK, 'up');
  inNamespace('ip', 'address', 'add', `${PHONE_ADDRESS}/24`, 'dev', PHONE_LINK);
  inNamespace('ip', 'link', 'set', PHONE_LINK, 'up');
  inNamespace('ip', 'link', 'set', 'lo', 'up');
}

/**
 * Builds the network, or says why it cannot be built here (not Linux, not root, or a container
 * that does not let root make namespaces or links): then the test is skipped with that notice.
 */
function networkRefused(): string | undefined {
  if (process.platform !== 'linux') return `network namespaces are Linux's (this is ${process.platform})`;
  if (process.getuid?.() !== 0)
    return `making network namespaces needs root (this is uid ${process.getuid?.()})`;
  try {
    buildNetwork();
    return undefined;
  } catch (error) {
    removeNetwork();
    return `building the phone's namespace failed: ${failure(error)}`;
  }
}

const refused = networkRefused();
if (refused)
  console.warn(`NOTICE: skipping the venue network-namespace test: ${refused}. Run it as root on Linux.`);
// afterAll removes it; this, should the run be cut short before then.
else process.once('exit', removeNetwork);

describe.skipIf(refused !== undefined)('a phone on the venue’s Wi-Fi (a second network namespace)', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'venue-netns-'));
  let venue: VenueProcess | undefined;
  let laptop: TestClient | undefined;

  afterAll(async () => {
    laptop?.destroy();
    await venue?.stop();
    removeNetwork();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('joins by code over the laptop’s LAN address and co-edits with the laptop', async () => {
    const port = await freePort();
    venue = await spawnVenue({
      PORT: String(port),
      DATA_DIR: path.join(scratch, 'data'),
      ADMIN_TOKEN: '',
      HOST: '',
      PUBLIC_URL: '',
    });
    const lanUrl = `http://${LAPTOP_ADDRESS}:${port}`;
    expect(venue.banner.lanUrls).toContain(lanUrl);

    // The facilitator, on the laptop, makes a join code: it points at the LAN address.
    const local = `http://127.0.0.1:${port}`;
    const link = new URL(venue.banner.facilitatorUrl);
    const workshopId = link.pathname.split('/')[2]!;
    const facilitator = new URLSearchParams(link.hash.slice(1)).get('invite')!;
    const code = await apiCall<JoinCode>(`${local}/api/workshops/${workshopId}/join-codes`, 'POST', {
      token: facilitator,
      body: {},
    });
    expect(code.status).toBe(201);
    expect(code.body.url.startsWith(`${venue.banner.lanUrls[0]}/join/`)).toBe(true);

    laptop = connectClient(local, workshopId, facilitator);
    await laptop.synced;
    createItem(laptop.doc, 'findings', { evidence: 'From the laptop' });

    const phone = spawn(
      'ip',
      [
        'netns',
        'exec',
        NAMESPACE,
        process.execPath,
        '--import',
        'tsx',
        'tests/helpers/venue-phone.ts',
        lanUrl,
        code.body.code,
        'From the phone',
        'From the laptop',
        String(port),
      ],
      { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    phone.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    phone.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => phone.once('exit', resolve));
    const steps = () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { step: string } & Record<string, unknown>);
    const step = (name: string) => steps().find((entry) => entry.step === name);

    try {
      const evidence = () => readWorkshopContent(laptop!.doc).findings.map((finding) => finding.evidence);
      await waitFor(
        () => evidence().includes('From the phone') || phone.exitCode !== null,
        'the phone’s finding',
        30_000,
      );
      await waitFor(
        () => step('saw') !== undefined || phone.exitCode !== null,
        'the phone to see the laptop’s',
        30_000,
      );
      expect(evidence(), output).toContain('From the phone');
      expect(step('saw')?.findings, output).toEqual(
        expect.arrayContaining(['From the laptop', 'From the phone']),
      );
    } finally {
      phone.stdin.end();
    }
    expect(await exited, output).toBe(0);

    // It was elsewhere: its own loopback had no server; it reached the laptop at the LAN address only.
    expect(step('loopback')).toEqual({ step: 'loopback', loopback: 'unreachable' });
    expect(step('join-page')).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/) });
    expect(step('joined')).toMatchObject({ status: 200, workshopId, role: 'participant' });
  }, 120_000);
});

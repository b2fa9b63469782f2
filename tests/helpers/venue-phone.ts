/**
 * A phone on the venue's Wi-Fi, run inside another network namespace by venue-netns.test.ts:
 * `node --import tsx tests/helpers/venue-phone.ts <LAN origin> <join code> <its text> <the laptop's text> <port>`.
 * Proves it is elsewhere (its loopback has no server on the port), opens the join page, joins with
 * the code as typed from a projector, adds a finding over y-websocket and waits for the laptop's.
 * Prints one JSON line per step; once it has seen the laptop's edit, exits 0 when its stdin closes.
 */
import type { JoinResponse } from '../../shared/join-codes.js';
import { createItem, readWorkshopContent } from '../../shared/workshop-document/index.js';
import { connectClient, waitFor } from './yjs-clients.js';

const [origin, code, ownText, awaitedText, loopbackPort] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const report = (step: string, details: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ step, ...details }));

try {
  const loopback = await fetch(`http://127.0.0.1:${loopbackPort}/healthz`).then(
    (response) => response.status,
    () => 'unreachable',
  );
  report('loopback', { loopback });

  const page = await fetch(`${origin}/join/${code}`);
  report('join-page', { status: page.status, type: page.headers.get('content-type') });

  const typed = ` ${code.toLowerCase().replace('-', ' - ')} `;
  const answer = await fetch(`${origin}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: typed }),
  });
  const joined = (await answer.json()) as JoinResponse;
  report('joined', { status: answer.status, workshopId: joined.workshopId, role: joined.role });

  const token = new URLSearchParams(joined.link.split('#')[1]).get('invite')!;
  const client = connectClient(origin, joined.workshopId, token);
  await client.synced;
  createItem(client.doc, 'findings', { evidence: ownText });
  const evidence = () => readWorkshopContent(client.doc).findings.map((finding) => finding.evidence);
  await waitFor(() => evidence().includes(awaitedText), `the laptop's finding "${awaitedText}"`, 20_000);
  report('saw', { findings: evidence() });
  // Stays online until the test has seen its edit on the laptop and closes its stdin.
  await new Promise((resolve) => process.stdin.once('end', resolve).resume());
  client.destroy();
  process.exit(0);
} catch (error) {
  report('failed', { error: String(error) });
  process.exit(1);
}

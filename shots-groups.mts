import { mkdirSync } from 'node:fs';
import { createGroup, createItem, itemLinks, findItem, setGroupMember } from './shared/workshop-document/index.js';
import { launchBrowser, newPerson } from './tests/helpers/browser.js';
import { createWorkshop, startTestServer } from './tests/helpers/test-server.js';
import { connectClient } from './tests/helpers/yjs-clients.js';

const out = '/tmp/shots-groups';
mkdirSync(out, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
const workshop = await createWorkshop(server.url, { title: 'Birth registration results workshop' });
const seed = connectClient(server.url, workshop.id, workshop.invites.facilitator);
await seed.synced;
const session = 's-template-3';
let legalId = '';
seed.doc.transact(() => {
  const rows: Array<[string, string]> = [
    ['Legal framework', 'Late registration after one year requires a court order, which families outside the capital rarely obtain.'],
    ['Costs and access', 'Travel to the district registry costs about a week’s wage for families in the border provinces.'],
    ['Legal framework', 'Foundlings and children of stateless parents have no registration procedure in the civil registration law.'],
    ['Awareness', 'Half of the refugee mothers interviewed did not know that birth registration is free.'],
  ];
  const ids = rows.map(([theme, evidence]) => createItem(seed.doc, 'findings', { theme, evidence, source: 'Tool I field visits, 2025' }));
  legalId = ids[0]!;
  const r = createItem(seed.doc, 'recommendations', { text: 'Allow late registration by administrative decision, without a court order.', agency: 'Ministry of Interior' });
  itemLinks(findItem(seed.doc, 'recommendations', r)!, 'findingIds').set(ids[0]!, true);
  const g1 = createGroup(seed.doc, session, { name: 'Costs and access', facilitator: 'Ana Lopez', reporter: 'Omar' }, 1);
  setGroupMember(seed.doc, g1, 'themes', 'Costs and access', true);
  setGroupMember(seed.doc, g1, 'themes', 'Awareness', true);
  const g2 = createGroup(seed.doc, session, { name: 'Legal framework', facilitator: 'Lan Nguyen', reporter: 'Amina Haddad' }, 2);
  setGroupMember(seed.doc, g2, 'themes', 'Legal framework', true);
});
await new Promise((r) => setTimeout(r, 500));

const link = (role: 'facilitator' | 'participant' | 'viewer', section: string, present = false) => {
  const [page, fragment] = workshop.links[role].split('#') as [string, string];
  return `${server.url}${page}${present ? '?view=present' : ''}#${fragment}&section=${section}`;
};

const fac = await newPerson(browser, 'Lan Nguyen', '#30638e', { viewport: { width: 1280, height: 800 } });
await fac.page.goto(link('facilitator', 'agenda'));
await fac.page.locator(`tr[data-id="${session}"]`).getByRole('button', { name: 'Groups' }).click();
await fac.page.locator('[data-testid="groups-editor"]').scrollIntoViewIfNeeded();
await fac.page.screenshot({ path: `${out}/agenda-groups-1280.png`, fullPage: false });

const part = await newPerson(browser, 'Minh', '#d1495b', { viewport: { width: 1280, height: 800 } });
await part.page.goto(link('participant', 'findings'));
await part.page.locator('[data-testid="group-bar"]').waitFor();
await part.page.screenshot({ path: `${out}/choose-1280.png` });
await part.page.getByRole('button', { name: /^Group 2/ }).click();

await fac.page.getByLabel('Session to time').selectOption(session);
await fac.page.getByRole('button', { name: '▶ Start' }).click();
await part.page.locator('[data-testid="group-countdown"]').waitFor();
await part.page.screenshot({ path: `${out}/group-1280.png` });

const phone = await newPerson(browser, 'Sara', '#2a9d8f', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
await phone.page.goto(link('participant', 'findings'));
await phone.page.getByRole('button', { name: /^Group 2/ }).click();
await phone.page.locator('[data-testid="group-title"]').waitFor();
await phone.page.screenshot({ path: `${out}/group-390.png` });
await phone.page.screenshot({ path: `${out}/group-390-full.png`, fullPage: true });

await new Promise((r) => setTimeout(r, 1500));
await part.page.locator(`li.card.finding[data-id="${legalId}"]`).getByLabel('Validation status').selectOption('amended');
await part.page.locator(`li.card.finding[data-id="${legalId}"]`).getByLabel(/^Dissent on/).fill('The Ministry of Justice prefers to keep the court order for children over five.');
await part.page.getByRole('button', { name: '+ Add finding' }).click();

const proj = await newPerson(browser, 'Projector', '#000', { viewport: { width: 1920, height: 1080 } });
await proj.page.goto(link('viewer', 'findings', true));
await fac.page.getByRole('button', { name: 'Group reports' }).click();
await fac.page.getByRole('button', { name: 'Show on the projector' }).click();
await proj.page.locator('.report-entry').first().waitFor();
await fac.page.locator('.report-entry').first().getByRole('button', { name: 'Mark consolidated' }).click();
await proj.page.locator('.report-entry [data-testid="consolidated"]').first().waitFor();
await proj.page.screenshot({ path: `${out}/presenter-1920.png` });
await fac.page.locator('[data-testid="group-reports-panel"]').scrollIntoViewIfNeeded();
await fac.page.screenshot({ path: `${out}/reports-panel-1280.png` });
await part.page.locator(`li.card.finding[data-id="${legalId}"] [data-testid="consolidated"]`).waitFor();
await part.page.locator(`li.card.finding[data-id="${legalId}"]`).scrollIntoViewIfNeeded();
await part.page.screenshot({ path: `${out}/consolidated-1280.png` });

seed.destroy();
await browser.close();
await server.close();
console.log('done');

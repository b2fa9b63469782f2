import * as Y from 'yjs';
import {
  FINDING_STATUSES,
  FRAMEWORK_REFERENCES,
  PROGRESS_STATUSES,
  RECOMMENDATION_STATUSES,
  collection,
  createItem,
  orderedItems,
  readWorkshopContent,
  type WorkshopContent,
} from '../shared/workshop-document/index.js';
import { WORKSHOP_SIZE } from './config.js';
import { connectClient, waitFor } from '../tests/helpers/yjs-clients.js';

/**
 * The large workshop of the issue, written through a stock y-websocket client exactly as people's
 * edits arrive. Content is pseudo-random from a fixed seed, so every run benchmarks the same document.
 * Text mixes English with Thai, Vietnamese and Arabic: complex scripts (shaping, bidi) cost layout time
 * that an all-ASCII document would hide.
 */

/** mulberry32: tiny, seedable, good enough to vary text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pick {
  one<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
  int(min: number, max: number): number;
  chance(probability: number): boolean;
}

function picker(random: () => number): Pick {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const one = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return {
    one,
    int,
    chance: (probability) => random() < probability,
    some: <T>(items: readonly T[], min: number, max: number) => {
      const pool = [...items];
      const wanted = Math.min(int(min, max), pool.length);
      const chosen: T[] = [];
      while (chosen.length < wanted) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
      return chosen;
    },
  };
}

const PLACES = [
  'the northern provinces',
  'border districts',
  'the capital',
  'coastal camps',
  'urban settlements',
];

const ENGLISH_EVIDENCE = [
  (p: Pick) =>
    `Only ${p.int(21, 78)}% of births among the group were registered within the legal period in ${p.one(PLACES)}.`,
  (p: Pick) =>
    `Late registration fees of up to ${p.int(5, 60)} USD were reported by ${p.int(12, 140)} of the families interviewed.`,
  (p: Pick) =>
    `Registrars in ${p.one(PLACES)} asked for parents' identity documents that refugees rarely hold.`,
  (p: Pick) =>
    `The ${p.int(2019, 2025)} coverage statistics (Tool G) show a gap of ${p.int(4, 35)} points between nationals and non-nationals.`,
  () => 'Focus groups described the district office as hard to reach during the rainy season.',
  () => 'Health facilities notify births, but the notification is not forwarded to the civil registrar.',
  (p: Pick) =>
    `${p.int(3, 19)} of the ${p.int(20, 40)} registrars visited had never received guidance on stateless children.`,
  () =>
    'Mobile registration teams reached remote villages twice a year, funded by a pilot that ends in 2026.',
];

const THAI_EVIDENCE = [
  'เด็กที่เกิดในค่ายผู้ลี้ภัยจำนวนมากยังไม่ได้รับสูติบัตร',
  'ค่าธรรมเนียมการจดทะเบียนล่าช้าเป็นอุปสรรคสำคัญสำหรับครอบครัวที่มีรายได้น้อย',
  'เจ้าหน้าที่ทะเบียนราษฎรระดับอำเภอขาดการฝึกอบรมเรื่องกรณีบุคคลไร้สัญชาติ',
];

const VIETNAMESE_EVIDENCE = [
  'Nhiều trẻ em sinh ra tại nhà không được đăng ký khai sinh trong vòng 60 ngày.',
  'Phí đăng ký khai sinh muộn là rào cản lớn đối với các gia đình di cư.',
  'Cán bộ hộ tịch cấp xã chưa được tập huấn về trường hợp người không quốc tịch.',
];

const ARABIC_EVIDENCE = [
  'لا يحصل كثير من الأطفال المولودين في المخيمات على شهادات ميلاد.',
  'تشكل رسوم التسجيل المتأخر عائقاً كبيراً أمام الأسر اللاجئة.',
  'يفتقر موظفو السجل المدني إلى التدريب على حالات عديمي الجنسية.',
];

const OTHER_SCRIPTS = [THAI_EVIDENCE, VIETNAMESE_EVIDENCE, ARABIC_EVIDENCE];

const SOURCES = [
  'Tool G coverage statistics, 2025',
  'Tool H questionnaire, Ministry of Interior',
  'Field visit, district registry office',
  'Focus group with refugee mothers',
  'Desk review of the Civil Registration Act',
  'สำนักทะเบียนอำเภอ, การสัมภาษณ์',
  'Phỏng vấn cán bộ tư pháp xã',
  'مقابلة مع مكتب السجل المدني',
];

const AGENCIES = [
  'Ministry of Interior, civil registration department',
  'Ministry of Health',
  'Ministry of Justice',
  'National Statistics Office',
  'UNHCR',
  'UNICEF',
  'กรมการปกครอง',
  'Bộ Tư pháp',
  'وزارة الداخلية',
];

const RECOMMENDATION_TEXTS = [
  'Waive late registration fees for refugee and stateless children for three years.',
  'Accept UNHCR documents as proof of parents’ identity at every registry office.',
  'Link health facility birth notifications to the civil register electronically.',
  'Train district registrars on the registration of children of undetermined nationality.',
  'Fund mobile registration teams for remote and border districts beyond the pilot.',
  'ยกเว้นค่าธรรมเนียมการแจ้งเกิดเกินกำหนดสำหรับเด็กผู้ลี้ภัย',
  'Cho phép đăng ký khai sinh lưu động tại các khu vực biên giới.',
  'اعتماد وثائق المفوضية كإثبات لهوية الوالدين.',
];

const INDICATORS = [
  'Proportion of births registered within one year',
  'Proportion of children under 5 whose births have been registered',
  'Share of registry offices accepting UNHCR documents',
  'Number of registrars trained on statelessness',
  'อัตราการจดทะเบียนการเกิดภายในกำหนด',
];

const ACTIVITIES = [
  'Draft and adopt a decree waiving late registration fees',
  'Run a registrar training in each province',
  'Connect the health information system to the civil register',
  'Deploy mobile registration teams to border districts',
  'Publish registration coverage by nationality every year',
  'Tổ chức chiến dịch truyền thông về đăng ký khai sinh',
  'تنظيم حملة توعية حول تسجيل المواليد',
];

function evidence(p: Pick): string {
  const sentences = Array.from({ length: p.int(2, 4) }, () => p.one(ENGLISH_EVIDENCE)(p));
  // About a third of the findings quote the local-language source as a second paragraph.
  if (p.chance(0.35)) sentences.push(`\n${p.one(p.one(OTHER_SCRIPTS))}`);
  return sentences.join(' ').replace(' \n', '\n');
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface ChoiceLabels {
  themes: string[];
  populations: string[];
}

/** The pick lists the template seeded; findings use their labels, as the client's drop-downs do. */
function choiceLabels(doc: Y.Doc): ChoiceLabels {
  const labels = (name: 'themes' | 'populations') =>
    orderedItems(doc, name).map((item) => String(item.get('label')));
  return { themes: labels('themes'), populations: labels('populations') };
}

/** Creates items in transactions of `batch`, as a busy workshop would send them, not as one giant update. */
function createInBatches(
  doc: Y.Doc,
  count: number,
  batch: number,
  create: (index: number) => string,
): string[] {
  const ids: string[] = [];
  for (let start = 0; start < count; start += batch) {
    doc.transact(() => {
      for (let index = start; index < Math.min(count, start + batch); index += 1) ids.push(create(index));
    });
  }
  return ids;
}

function fillWorkshop(doc: Y.Doc, p: Pick): void {
  const choices = choiceLabels(doc);
  const findingIds = createInBatches(doc, WORKSHOP_SIZE.findings, 25, () =>
    createItem(doc, 'findings', {
      theme: p.one(choices.themes),
      population: p.one(choices.populations),
      evidence: evidence(p),
      source: p.one(SOURCES),
      status: p.one(FINDING_STATUSES),
      dissent: p.chance(0.15) ? 'The Ministry of Interior questioned the sample size.' : '',
    }),
  );
  const recommendationIds = createInBatches(doc, WORKSHOP_SIZE.recommendations, 25, () =>
    createItem(doc, 'recommendations', {
      text: p.one(RECOMMENDATION_TEXTS),
      findingIds: p.some(findingIds, 1, 3),
      agency: p.one(AGENCIES),
      reasoning: `Answers the gaps found in ${p.one(PLACES)}; the group preferred it to a new law, which would take years.`,
      status: p.one(RECOMMENDATION_STATUSES),
    }),
  );
  const targetIds = createInBatches(doc, WORKSHOP_SIZE.targets, 20, () => {
    const baselineYear = p.int(2018, 2024);
    return createItem(doc, 'targets', {
      indicator: p.one(INDICATORS),
      disaggregation: 'By nationality status, sex and province',
      baselineValue: `${p.int(20, 80)}%`,
      baselineYear,
      targetValue: `${p.int(81, 100)}%`,
      targetYear: baselineYear + p.int(4, 10),
      dataSource: p.one(SOURCES),
      framework: p.one(FRAMEWORK_REFERENCES),
      progress: p.one(PROGRESS_STATUSES),
    });
  });
  createInBatches(doc, WORKSHOP_SIZE.actionPlan, 25, () => {
    const startYear = p.int(2026, 2028);
    const startMonth = p.int(1, 12);
    return createItem(doc, 'actionPlan', {
      objective: 'Every child born in the country is registered, whatever the parents’ status.',
      activity: p.one(ACTIVITIES),
      leadAgency: p.one(AGENCIES),
      partners: p.some(AGENCIES, 1, 3).join(', '),
      start: isoDate(startYear, startMonth, p.int(1, 28)),
      end: isoDate(startYear + p.int(0, 2), p.int(1, 12), p.int(1, 28)),
      cost: `${p.int(10, 900)} 000 USD`,
      fundingSource: p.one(['National budget', 'UNHCR', 'UNICEF', 'World Bank grant']),
      indicator: p.one(INDICATORS),
      verification: 'Annual civil registration report; registry office records',
      recommendationIds: p.some(recommendationIds, 1, 2),
      targetIds: p.some(targetIds, 0, 2),
      risks: p.chance(0.5) ? 'Depends on the decree being adopted before the budget cycle.' : '',
    });
  });
}

type Sizes = Record<keyof typeof WORKSHOP_SIZE, number>;

function storedSizes(doc: Y.Doc): Sizes {
  const size = (name: keyof typeof WORKSHOP_SIZE) => collection(doc, name).size;
  return {
    findings: size('findings'),
    recommendations: size('recommendations'),
    targets: size('targets'),
    actionPlan: size('actionPlan'),
  };
}

function readSizes(content: WorkshopContent): Sizes {
  return {
    findings: content.findings.length,
    recommendations: content.recommendations.length,
    targets: content.targets.length,
    actionPlan: content.actionPlan.length,
  };
}

export interface SeededWorkshop {
  /** Bytes of the whole document state (Y.encodeStateAsUpdate), i.e. what a fresh browser downloads. */
  documentBytes: number;
  seedMs: number;
}

/**
 * Fills the workshop through one client, then waits until a second, independent client receives all
 * of it from the server (and reads it back through the schema, so the content is valid), then leaves.
 */
export async function seedLargeWorkshop(
  serverUrl: string,
  workshopId: string,
  token: string,
): Promise<SeededWorkshop> {
  const started = performance.now();
  const writer = connectClient(serverUrl, workshopId, token);
  const reader = connectClient(serverUrl, workshopId, token);
  try {
    // The template's pick lists come from the server: fill only after the first sync.
    await writer.synced;
    fillWorkshop(writer.doc, picker(seededRandom(20260302)));
    await reader.synced;
    const wanted = JSON.stringify(WORKSHOP_SIZE);
    await waitFor(
      () => JSON.stringify(storedSizes(reader.doc)) === wanted,
      `a second client to receive ${wanted}`,
      60_000,
    );
    // Read once through the schema: an item the schema rejects would make the benchmark meaningless.
    const read = JSON.stringify(readSizes(readWorkshopContent(reader.doc)));
    if (read !== wanted) throw new Error(`the seeded workshop reads back as ${read}, expected ${wanted}`);
    return {
      documentBytes: Y.encodeStateAsUpdate(reader.doc).byteLength,
      seedMs: performance.now() - started,
    };
  } finally {
    writer.destroy();
    reader.destroy();
  }
}

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { DEVELOPMENT_ENTERPRISE_CREDIT_CODE, DEVELOPMENT_PEOPLE, signDevelopmentToken } from '@hazard/config';
import { isValidCreditCode } from '@hazard/domain';

/*
 * `npm start -- --demo` (README "A demo city"): a plausible Panjin (盘锦市) in an empty system. Everything goes
 * through the gateway's GraphQL API (and POST /evidence for photos) as the people who would do it, with their
 * roles and scopes, so the histories, the audit chain and the reports are the real ones. Every command carries an
 * idempotency key: a run stopped half-way is finished by running it again, and a second full run changes nothing.
 *
 * Times are recorded the way an office enters what already happened (`foundAt`, `occurredAt`): a hazard's story is
 * either recent enough that none of its clocks has come due, or late at every step (each step after the alarm the
 * previous state had coming), so the alarms the workflows raise at once are the ones the story deserves.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RETRYABLE = new Set(['RATE_LIMITED', 'SERVICE_UNAVAILABLE']);

export interface DemoOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:3000/graphql. */
  url: string;
  /** The HS256 secret the gateway verifies development tokens with (JWT_SECRET). */
  secret: string;
  /** Called after every command with how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
  /** The demo's "now" (tests); defaults to the clock. */
  now?: number;
}

export type DemoState = 'EMPTY' | 'PARTIAL' | 'COMPLETE' | 'IN_USE';

export interface DemoSummary {
  enterprises: number;
  keyUnits: number;
  majorHazardSources: number;
  hazards: number;
  byStatus: Record<string, number>;
  overdue: number;
  pendingVerification: number;
  campaigns: number;
  rosterShifts: number;
  openIncidents: number;
  emergencyResources: number;
  reportsSubmitted: number;
  reportDate: string;
}

export type DemoOutcome = { kind: 'filled' | 'resumed'; summary: DemoSummary } | { kind: 'skipped'; state: DemoState; reason: string };

/** A refused command, named with the server's code, field and message. */
export class DemoError extends Error {}

// ————— the people —————

interface Person {
  sub: string;
  name: string;
  role: 'INSPECTOR' | 'SUPERVISOR' | 'COMMITTEE_OFFICE' | 'AUDITOR' | 'ENTERPRISE';
  regions: string[] | '*';
  departments: string[] | '*';
  creditCode?: string;
}

const R = { STZ: '211102', XLT: '211103', DW: '211104', PS: '211122', LB: 'PJ-LB', GX: 'PJ-GX' } as const;
const REGION_NAMES: Record<string, string> = { '211102': '双台子区', '211103': '兴隆台区', '211104': '大洼区', '211122': '盘山县', 'PJ-LB': '辽滨沿海经济技术开发区', 'PJ-GX': '高新技术产业开发区' };

const official = (sub: string, name: string, role: Person['role'], regions: string[] | '*', departments: string[] | '*'): Person => ({ sub, name, role, regions, departments });
const district = (region: string, department: string, role: Person['role'], sub: string, name: string) => official(sub, name, role, [region], [department]);

/** The enterprise safety manager is the console's development sign-in (企业安全管理员), so signing in shows this demo. */
const DEV_ENTERPRISE = DEVELOPMENT_PEOPLE.find((p) => p.role === 'ENTERPRISE');

const P = {
  office: official('demo-office-wang', '王立军', 'COMMITTEE_OFFICE', '*', '*'),
  citySup: official('demo-city-sup-li', '李振华', 'SUPERVISOR', '*', ['EMERGENCY']),
  citySup2: official('demo-city-sup-zhao', '赵海峰', 'SUPERVISOR', '*', ['EMERGENCY']),
  xltInsp: district(R.XLT, 'EMERGENCY', 'INSPECTOR', 'demo-xlt-insp', '陈明'),
  xltSup: district(R.XLT, 'EMERGENCY', 'SUPERVISOR', 'demo-xlt-sup', '马骏'),
  dwInsp: district(R.DW, 'EMERGENCY', 'INSPECTOR', 'demo-dw-insp', '韩雪'),
  dwSup: district(R.DW, 'EMERGENCY', 'SUPERVISOR', 'demo-dw-sup', '邓涛'),
  psInsp: district(R.PS, 'EMERGENCY', 'INSPECTOR', 'demo-ps-insp', '冯军'),
  psSup: district(R.PS, 'EMERGENCY', 'SUPERVISOR', 'demo-ps-sup', '曹斌'),
  lbInsp: district(R.LB, 'EMERGENCY', 'INSPECTOR', 'demo-lb-insp', '彭亮'),
  lbSup: district(R.LB, 'EMERGENCY', 'SUPERVISOR', 'demo-lb-sup', '蒋平'),
  gxInsp: district(R.GX, 'EMERGENCY', 'INSPECTOR', 'demo-gx-insp', '田甜'),
  gxSup: district(R.GX, 'EMERGENCY', 'SUPERVISOR', 'demo-gx-sup', '于洋'),
  stzHousingInsp: district(R.STZ, 'HOUSING', 'INSPECTOR', 'demo-stz-housing-insp', '吴磊'),
  stzHousingSup: district(R.STZ, 'HOUSING', 'SUPERVISOR', 'demo-stz-housing-sup', '杨帆'),
  enterprise: {
    sub: DEV_ENTERPRISE?.sub ?? 'dev-enterprise',
    name: '张安全',
    role: 'ENTERPRISE',
    regions: [],
    departments: [],
    creditCode: DEVELOPMENT_ENTERPRISE_CREDIT_CODE,
  } as Person,
} satisfies Record<string, Person>;

// ————— the enterprises —————

/** A unified social credit code from its first 17 characters: the check character is the one GB 32100-2015 accepts. */
export function creditCodeFrom(body17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isValidCreditCode(body17 + c)) return body17 + c;
  throw new Error(`no check character makes ${body17} a valid credit code`);
}

interface Enterprise {
  creditCode: string;
  name: string;
  regionCode: string;
  sector: string;
  departmentCode: string;
  address: string;
  registrar: Person;
}

const E = {
  ruixing: { creditCode: DEVELOPMENT_ENTERPRISE_CREDIT_CODE, name: '盘锦瑞兴石化有限公司', regionCode: R.XLT, sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '兴隆台区石油大街 188 号', registrar: P.xltSup },
  hongda: { creditCode: creditCodeFrom('91211104MA0HD2026'), name: '盘锦辽滨宏达化工有限公司', regionCode: R.LB, sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '辽滨沿海经济技术开发区化工园区纬三路 9 号', registrar: P.lbSup },
  shuangxing: { creditCode: creditCodeFrom('91211102MA0RQ1002'), name: '盘锦双兴燃气有限公司', regionCode: R.STZ, sector: 'URBAN_GAS', departmentCode: 'HOUSING', address: '双台子区建设街 66 号', registrar: P.stzHousingSup },
  futai: { creditCode: creditCodeFrom('91211104MA0FT1003'), name: '盘锦福泰化肥有限公司', regionCode: R.DW, sector: 'HAZARDOUS_CHEMICALS', departmentCode: 'EMERGENCY', address: '大洼区田家街道工业园区 12 号', registrar: P.dwSup },
  hefeng: { creditCode: creditCodeFrom('91211122MA0HF1004'), name: '盘锦禾丰米业有限公司', regionCode: R.PS, sector: 'INDUSTRY_TRADE', departmentCode: 'EMERGENCY', address: '盘山县胡家镇工业园区', registrar: P.psSup },
  huayou: { creditCode: creditCodeFrom('91211103MA0HY1005'), name: '盘锦华油石油技术服务有限公司', regionCode: R.XLT, sector: 'OILFIELD', departmentCode: 'EMERGENCY', address: '兴隆台区惠宾大街 27 号', registrar: P.xltSup },
  haigong: { creditCode: creditCodeFrom('91211100MA0GX1006'), name: '盘锦高新海工装备有限公司', regionCode: R.GX, sector: 'INDUSTRY_TRADE', departmentCode: 'EMERGENCY', address: '高新技术产业开发区海工大道 5 号', registrar: P.gxSup },
  dingsheng: { creditCode: creditCodeFrom('91211102MA0DC1007'), name: '盘锦鼎盛建筑工程有限公司', regionCode: R.STZ, sector: 'CONSTRUCTION', departmentCode: 'HOUSING', address: '双台子区红旗大街 301 号', registrar: P.stzHousingSup },
} satisfies Record<string, Enterprise>;

/** Registered first: its presence says a demo run has started here. */
const MARKER_ENTERPRISE = E.hongda.creditCode;
/** Recorded last: its presence says the demo is complete. */
const FINAL_LOG_ENTRY = 'pj-log-0002';

// ————— the API —————

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class DemoApi {
  private readonly tokens = new Map<string, Promise<string>>();
  readonly evidenceUrl: string;

  constructor(
    readonly url: string,
    private readonly secret: string,
  ) {
    this.evidenceUrl = url.replace(/\/graphql\/?$/, '/evidence');
  }

  private token(person: Person): Promise<string> {
    let token = this.tokens.get(person.sub);
    if (!token) {
      token = signDevelopmentToken(this.secret, {
        sub: person.sub,
        name: person.name,
        roles: [person.role],
        regions: person.regions,
        departments: person.departments,
        ...(person.creditCode ? { creditCode: person.creditCode } : {}),
      });
      this.tokens.set(person.sub, token);
    }
    return token;
  }

  /** One GraphQL call as `person`; a rate limit or an unconfirmed command is retried (same idempotency key), anything else refused throws. */
  async gql<T>(person: Person, query: string, variables: Record<string, unknown>, label: string): Promise<T> {
    const authorization = `Bearer ${await this.token(person)}`;
    for (let attempt = 1; ; attempt++) {
      let answer: GraphQLAnswer<T> | null = null;
      let transport: string | null = null;
      try {
        const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }) });
        answer = (await res.json().catch(() => null)) as GraphQLAnswer<T> | null;
        if (!answer) transport = `HTTP ${res.status} without a GraphQL answer`;
      } catch (err) {
        transport = String((err as Error).cause ?? err);
      }
      const error = answer?.errors?.[0];
      const code = error?.extensions?.code;
      if ((transport || (code && RETRYABLE.has(code))) && attempt < 12) {
        await sleep(Math.min(15_000, 1_000 * 2 ** Math.min(attempt, 4)));
        continue;
      }
      if (transport) throw new DemoError(`${label} (as ${person.name}): ${transport}`);
      if (error || !answer?.data) {
        const field = error?.extensions?.field ? ` [${error.extensions.field}]` : '';
        throw new DemoError(`${label} (as ${person.name}) refused: ${code ?? 'ERROR'}${field}: ${error?.message ?? 'no data'}`);
      }
      return answer.data;
    }
  }

  /** A mutation `name(input: $i) { fields }`, its input type being the name's `…Input`. */
  async mutate<T = Record<string, unknown>>(person: Person, name: string, input: Record<string, unknown>, fields = '__typename'): Promise<T> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const data = await this.gql<Record<string, T>>(person, `mutation($i: ${type}!) { ${name}(input: $i) { ${fields} } }`, { i: input }, name);
    return data[name];
  }

  /** POST /evidence: the photo's SHA-256 as the server computed it (a file it already holds is answered the same). */
  async upload(person: Person, bytes: Buffer, fileName: string): Promise<string> {
    const authorization = `Bearer ${await this.token(person)}`;
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      let body = null as { sha256?: string; code?: string; message?: string } | null;
      try {
        const res = await fetch(this.evidenceUrl, {
          method: 'POST',
          headers: { 'content-type': 'image/png', authorization, 'x-file-name': encodeURIComponent(fileName) },
          body: bytes,
        });
        status = res.status;
        body = (await res.json().catch(() => null)) as typeof body;
      } catch {
        status = 0;
      }
      if ((status === 0 || status === 429 || status >= 502) && attempt < 12) {
        await sleep(Math.min(15_000, 1_000 * 2 ** Math.min(attempt, 4)));
        continue;
      }
      if ((status === 200 || status === 201) && body?.sha256) return body.sha256;
      throw new DemoError(`upload of ${fileName} (as ${person.name}) refused: HTTP ${status} ${body?.code ?? ''} ${body?.message ?? ''}`.trim());
    }
  }
}

// ————— a photo of the site, drawn —————

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A small, real PNG (160×120) standing in for a site photo: sky, ground and a tank or a block of plant in colours
 * drawn from `seed`, so each hazard's photo is its own and the same on every run (one stored file, idempotent).
 */
export function sitePhoto(seed: string): Buffer {
  const h = createHash('sha256').update(seed).digest();
  const width = 160;
  const height = 120;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const horizon = 70 + (h[0] % 20);
  const [x0, x1] = [20 + (h[1] % 40), 90 + (h[2] % 50)];
  const top = 25 + (h[3] % 25);
  const plant = [110 + (h[4] % 120), 110 + (h[5] % 120), 110 + (h[6] % 120)];
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      let px: number[];
      if (x >= x0 && x < x1 && y >= top && y < horizon + 5) px = (x - x0) % 12 < 2 ? plant.map((v) => v - 60) : plant;
      else if (y < horizon) px = [150 - (y >> 1), 185 - (y >> 2), 230];
      else px = [90 + (h[7] % 40), 95 + ((x + y) % 7), 80];
      raw.set(px, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ————— the plan —————

/** One call; `key` is its idempotency key, unique in the plan. */
type Step = (key: string) => Promise<void>;
/** Steps run in order; a phase runs its tasks side by side. */
interface Phase {
  name: string;
  concurrency: number;
  tasks: { key: string; steps: Step[] }[];
}

interface HazardRef {
  id: string;
  code: string;
  status: string;
}
interface Story {
  hazard: HazardRef | null;
  photos: string[];
}
type StoryStep = (story: Story, key: string) => Promise<void>;

const HAZARD_FIELDS = 'id code status';

/** Beijing calendar date of an instant. */
const beijingDate = (ms: number): string => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

/** Everything the demo does, as phases of steps, with times relative to `now`. */
function plan(api: DemoApi, now: number, results: { reportDate: string }) {
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const ahead = (ms: number) => new Date(now + ms).toISOString();
  const year = beijingDate(now).slice(0, 4);
  const today = beijingDate(now);
  results.reportDate = today;
  /** Hazard ids by story, for the campaign's listed hazards. */
  const ids: Record<string, string> = {};

  const step =
    (person: Person, name: string, input: (key: string) => Record<string, unknown>, fields?: string): Step =>
    async (key) => {
      await api.mutate(person, name, { ...input(key), idempotencyKey: key }, fields);
    };

  // ——— hazards: each a story of commands ———
  const stories: { key: string; steps: StoryStep[] }[] = [];
  const story = (key: string, ...steps: StoryStep[]) => stories.push({ key, steps });

  const hazardOf = async (story: Story, promise: Promise<{ hazard: HazardRef }>, key: string) => {
    story.hazard = (await promise).hazard;
    ids[key] = story.hazard.id;
  };
  const report =
    (as: Person, e: Enterprise, fields: Record<string, unknown>): StoryStep =>
    async (s, key) => {
      const input = {
        regionCode: e.regionCode,
        departmentCode: e.departmentCode,
        sector: e.sector,
        enterpriseName: e.name,
        enterpriseCreditCode: e.creditCode,
        source: 'DEPARTMENT_INSPECTION',
        ...fields,
        idempotencyKey: key,
      };
      await hazardOf(s, api.mutate(as, 'reportHazard', input, `hazard { ${HAZARD_FIELDS} }`), key.split(':')[1]);
    };
  const act =
    (as: Person, op: string, input: (s: Story) => Record<string, unknown>): StoryStep =>
    async (s, key) => {
      if (!s.hazard) throw new Error(`${op} before the hazard was reported`);
      s.hazard = (await api.mutate<{ hazard: HazardRef }>(as, op, { hazardId: s.hazard.id, ...input(s), idempotencyKey: key }, `hazard { ${HAZARD_FIELDS} }`)).hazard;
    };
  /** A photo of the site uploaded by `as`; the next command cites it. */
  const photo =
    (as: Person, name: string): StoryStep =>
    async (s, key) => {
      s.photos = [await api.upload(as, sitePhoto(key), name)];
    };
  const cited = (s: Story) => ({ evidenceHashes: s.photos });

  const rectificationPlan = (unit: string, person: string, phone: string, measures: string, funding: number, contingency: string) => ({
    responsibleUnit: unit,
    responsiblePerson: person,
    responsiblePhone: phone,
    measures,
    fundingAmount: funding,
    fundingSource: '企业安全生产费用',
    contingencyPlan: contingency,
  });
  const acceptance = (by: string, at: number) => ({ acceptedBy: by, opinion: '整改措施已落实，现场复核合格，同意销号', acceptedOn: beijingDate(at) });

  // FOUND: a rectification order due in a day and a half (its reminder has fired). A deadline set less than three
  // working days ahead would remind before it was set, so the short ones here were set days ago.
  story(
    'H01',
    report(P.xltInsp, E.ruixing, {
      title: '装卸栈台静电接地报警器故障',
      description: '汽车装卸栈台 2 号鹤位静电接地报警器不能报警，装车作业仍在进行',
      level: 'GENERAL',
      location: '汽车装卸栈台 2 号鹤位',
      judgementBasis: 'GB 12158-2006 防止静电事故通用导则 6.1',
      foundAt: ago(108 * HOUR),
      rectificationOrder: { documentNumber: `兴应急责改〔${year}〕31号`, deadline: ahead(36 * HOUR) },
    }),
  );
  // FOUND, reported this morning, nothing decided yet
  story(
    'H02',
    report(P.psInsp, E.hefeng, {
      title: '碾米车间除尘器未设置泄爆装置',
      description: '碾米车间袋式除尘器未设置泄爆片，粉尘清扫记录不全',
      level: 'GENERAL',
      location: '碾米车间',
      judgementBasis: 'GB 15577-2018 粉尘防爆安全规程 6.3',
      foundAt: ago(3 * HOUR),
    }),
  );
  // FOUND with its order overdue: missed two days ago, escalated to the department head
  story(
    'H03',
    report(P.gxInsp, E.haigong, {
      title: '有限空间作业未执行审批',
      description: '船体分段舱室内涂装作业未办理有限空间作业审批，作业前未进行气体检测',
      level: 'GENERAL',
      location: '涂装车间 3 号分段',
      judgementBasis: '工贸企业有限空间作业安全规定（应急管理部令第13号）第十四条',
      foundAt: ago(9 * DAY),
      rectificationOrder: { documentNumber: `高新应急责改〔${year}〕8号`, deadline: ago(2 * DAY) },
    }),
  );
  // FOUND and MAJOR, not listed within three working days: the listing alarm has fired
  story(
    'H04',
    report(P.dwInsp, E.futai, {
      title: '液氨储罐区紧急切断阀失效',
      description: '2 号液氨储罐出口紧急切断阀不能远程关闭，罐区未实现紧急切断功能',
      level: 'MAJOR',
      location: '液氨储罐区',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十一项',
      foundAt: ago(7 * DAY),
    }),
  );
  // LISTED by the city (挂牌督办), a campaign's listed major hazard
  story(
    'H07',
    report(P.lbInsp, E.hongda, {
      title: '液氯储罐区有毒气体报警仪失效',
      description: '液氯储罐区 4 台有毒气体检测报警仪中 2 台无响应，未纳入 DCS 监控',
      level: 'MAJOR',
      location: '液氯储罐区',
      judgementBasis: 'GB/T 50493-2019 石油化工可燃气体和有毒气体检测报警设计标准 3.0.1',
      foundAt: ago(26 * HOUR),
    }),
    act(P.citySup, 'listHazard', () => ({ listingLevel: 'CITY', supervisingUnit: '盘锦市应急管理局', documentNumber: `盘应急督〔${year}〕21号`, signer: '李振华', deadline: ahead(20 * DAY), occurredAt: ago(20 * HOUR) })),
  );
  // LISTED late (the listing alarm fired first), then nobody made a plan: the supervision alarm has fired
  story(
    'H08',
    report(P.stzHousingInsp, E.shuangxing, {
      title: '液化石油气储罐区可燃气体报警未与紧急切断联锁',
      description: '液化石油气储配站 3 台 50 立方米储罐的可燃气体报警仅声光报警，未与进出口紧急切断阀联锁',
      level: 'MAJOR',
      location: '储配站储罐区',
      judgementBasis: '城镇燃气经营安全重大隐患判定标准 第四条',
      foundAt: ago(15 * DAY),
    }),
    act(P.stzHousingSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '双台子区住房和城乡建设局', documentNumber: `双住建督〔${year}〕3号`, signer: '杨帆', deadline: ahead(12 * DAY), occurredAt: ago(9 * DAY) })),
  );
  // SUPERVISED after a late listing and a late plan: due tomorrow
  story(
    'H09',
    report(P.gxInsp, E.haigong, {
      title: '喷漆房可燃气体报警未联锁通排风',
      description: '喷漆房可燃气体浓度报警装置未与通排风设施联锁，风机需人工启动',
      level: 'MAJOR',
      location: '涂装车间喷漆房',
      judgementBasis: '工贸企业重大事故隐患判定标准（应急管理部令第10号）第十三条',
      foundAt: ago(26 * DAY),
    }),
    act(P.gxSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '高新技术产业开发区安全生产监督管理局', documentNumber: `高新安督〔${year}〕2号`, signer: '于洋', deadline: ahead(DAY), occurredAt: ago(20 * DAY) })),
    act(P.gxSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦高新海工装备有限公司设备部', '孟凡', '13904272201', '加装可燃气体报警与通排风联锁控制器并联调', 86_000, '联锁投用前停止喷漆作业，每班专人检测'),
      occurredAt: ago(DAY),
    })),
  );
  // SUPERVISED, listed by the city, progress reported by the enterprise itself
  story(
    'H10',
    report(P.xltInsp, E.ruixing, {
      title: '加热炉燃料气管线腐蚀减薄',
      description: '常减压装置加热炉燃料气管线弯头处测厚 3.1 毫米，低于最小允许壁厚',
      level: 'MAJOR',
      location: '常减压装置加热炉区',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十六项',
      foundAt: ago(40 * HOUR),
    }),
    act(P.citySup, 'listHazard', () => ({ listingLevel: 'CITY', supervisingUnit: '盘锦市应急管理局', documentNumber: `盘应急督〔${year}〕19号`, signer: '李振华', deadline: ahead(30 * DAY), occurredAt: ago(30 * HOUR) })),
    act(P.citySup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦瑞兴石化有限公司机动设备部', '刘志远', '13904271101', '更换腐蚀管段及弯头，全线测厚并建立定点测厚台账', 460_000, '降负荷运行，燃料气管线每 2 小时巡检一次'),
      occurredAt: ago(20 * HOUR),
    })),
    act(P.enterprise, 'reportProgress', () => ({ percent: 60, note: '已完成管材采购和焊接工艺评定，计划本周停炉更换', occurredAt: ago(2 * HOUR) })),
  );
  // SUPERVISED, listed by the district; an extension requested and approved (the deadline moved)
  story(
    'H11',
    report(P.lbInsp, E.hongda, {
      title: '氯气缓冲罐安全阀未定期校验',
      description: '氯气缓冲罐安全阀校验有效期已过 4 个月，无备用安全阀',
      level: 'MAJOR',
      location: '氯气压缩工段',
      judgementBasis: 'TSG 21-2016 固定式压力容器安全技术监察规程 9.1',
      foundAt: ago(44 * HOUR),
    }),
    act(P.lbSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '辽滨沿海经济技术开发区安全生产监督管理局', documentNumber: `辽滨安督〔${year}〕6号`, signer: '蒋平', deadline: ahead(7 * DAY), occurredAt: ago(40 * HOUR) })),
    act(P.lbSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦辽滨宏达化工有限公司', '孙振宇', '13904273301', '采购进口安全阀，校验合格后在线更换', 58_000, '降低缓冲罐操作压力至设计压力的 80%'),
      occurredAt: ago(30 * HOUR),
    })),
    act(P.lbInsp, 'requestDeadlineExtension', () => ({ requestedDeadline: ahead(21 * DAY), reason: '进口安全阀到货周期延长至 3 周', occurredAt: ago(5 * HOUR) })),
    act(P.lbSup, 'decideDeadlineExtension', () => ({ approved: true, note: '同意延期，期间落实降压运行措施', occurredAt: ago(4 * HOUR) })),
  );
  // SUPERVISED, general, due within a day
  story(
    'H12',
    report(P.xltInsp, E.huayou, {
      title: '采油井场抽油机防护栏缺失',
      description: '兴 12-8 井场抽油机曲柄、平衡块防护栏缺失，距道路不足 5 米',
      level: 'GENERAL',
      location: '兴 12-8 井场',
      judgementBasis: 'SY/T 6320-2016 陆上油气田油气集输安全规程 5.2',
      foundAt: ago(5 * DAY),
    }),
    act(P.xltSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦华油石油技术服务有限公司', '白云飞', '13904275501', '恢复安装防护栏并设置警示标志', 8_000, '整改完成前设置临时围挡'),
      deadline: ahead(20 * HOUR),
      occurredAt: ago(108 * HOUR),
    })),
  );
  // SUPERVISED, overdue since two days, an extension requested and waiting for a decision
  story(
    'H13',
    report(P.dwInsp, E.futai, {
      title: '液氨装卸区洗眼器损坏',
      description: '液氨装卸区紧急喷淋洗眼器阀门损坏无法出水',
      level: 'GENERAL',
      location: '液氨装卸区',
      judgementBasis: 'GB/T 38144.1-2019 眼面部防护 应急喷淋和洗眼设备 第1部分',
      foundAt: ago(12 * DAY),
    }),
    act(P.dwSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦福泰化肥有限公司', '郭立新', '13904276601', '更换洗眼器阀组并每周试用', 3_500, '装卸作业现场配备便携式洗眼器'),
      deadline: ago(2 * DAY),
      occurredAt: ago(11 * DAY),
    })),
    act(P.dwInsp, 'requestDeadlineExtension', () => ({ requestedDeadline: ahead(10 * DAY), reason: '阀组需厂家定制，已下订单' })),
  );
  // SUPERVISED, overdue for a week, escalated twice: a supervision letter and a fine
  story(
    'H14',
    report(P.psInsp, E.hefeng, {
      title: '粉尘涉爆车间电气设备不防爆',
      description: '碾米车间、抛光车间照明灯具和开关为普通型，不满足粉尘防爆要求',
      level: 'GENERAL',
      location: '碾米车间、抛光车间',
      judgementBasis: 'GB 12476.1-2013 可燃性粉尘环境用电气设备',
      foundAt: ago(20 * DAY),
    }),
    act(P.psSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦禾丰米业有限公司', '于海', '13904277701', '更换为粉尘防爆型灯具、开关', 26_000, '整改期间夜间停止生产'),
      deadline: ago(8 * DAY),
      occurredAt: ago(19 * DAY),
    })),
    act(P.psSup, 'issueSupervisionLetter', () => ({ documentNumber: `盘山应急督函〔${year}〕5号`, addressee: '盘锦禾丰米业有限公司', occurredAt: ago(DAY) })),
    act(P.psSup, 'recordEnforcement', () => ({ kind: 'FINE', amount: 30_000, decisionNumber: `（盘山）应急罚〔${year}〕12号`, note: '逾期未整改事故隐患', occurredAt: ago(6 * HOUR) })),
  );
  // SUPERVISED by the district housing bureau, with progress
  story(
    'H15',
    report(P.stzHousingInsp, E.dingsheng, {
      title: '深基坑临边防护不到位',
      description: '锦绣城 3 号楼深基坑东侧临边防护栏杆缺失约 20 米，未设置夜间警示灯',
      level: 'GENERAL',
      location: '锦绣城项目 3 号楼基坑',
      judgementBasis: 'JGJ 80-2016 建筑施工高处作业安全技术规范 4.1',
      foundAt: ago(4 * DAY),
    }),
    act(P.stzHousingSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦鼎盛建筑工程有限公司项目部', '钱进', '13904278801', '补设防护栏杆、挡脚板和警示灯', 12_000, '基坑东侧暂停作业并拉设警戒线'),
      deadline: ahead(8 * DAY),
      occurredAt: ago(3 * DAY),
    })),
    act(P.stzHousingInsp, 'reportProgress', () => ({ percent: 30, note: '已补设东侧 8 米防护栏杆', occurredAt: ago(5 * HOUR) })),
  );
  // SUPERVISED, overdue since yesterday, a warning recorded
  story(
    'H16',
    report(P.xltInsp, E.huayou, {
      title: '井下作业未按规定安装防喷器',
      description: '兴 21-15 井修井作业井口未安装防喷器，无井控应急预案',
      level: 'GENERAL',
      location: '兴 21-15 井修井现场',
      judgementBasis: 'SY/T 6690-2016 井下作业井控技术规程 4.2',
      foundAt: ago(10 * DAY),
    }),
    act(P.xltSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦华油石油技术服务有限公司作业大队', '常胜', '13904275502', '安装防喷器并试压，编制井控应急预案', 45_000, '停止修井作业'),
      deadline: ago(DAY),
      occurredAt: ago(9 * DAY),
    })),
    act(P.xltSup, 'recordEnforcement', () => ({ kind: 'WARNING', decisionNumber: `兴应急罚〔${year}〕27号`, note: '逾期未完成整改', occurredAt: ago(3 * HOUR) })),
  );
  // SUPERVISED and waiting for verification: the enterprise submitted its rectification with a photo
  story(
    'H17',
    report(P.xltInsp, E.ruixing, {
      title: '罐区防火堤伸缩缝封堵不严',
      description: '原料罐区防火堤 3 处伸缩缝封堵材料脱落',
      level: 'GENERAL',
      location: '原料罐区防火堤',
      judgementBasis: 'GB 50351-2014 储罐区防火堤设计规范 3.2',
      foundAt: ago(3 * DAY),
    }),
    act(P.xltSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦瑞兴石化有限公司储运部', '何强', '13904271102', '用阻燃密封材料重新封堵伸缩缝', 6_000, '每班巡检防火堤'),
      deadline: ahead(10 * DAY),
      occurredAt: ago(2 * DAY),
    })),
    photo(P.enterprise, '防火堤伸缩缝整改后.png'),
    act(P.enterprise, 'submitRectification', (s) => ({ summary: '3 处伸缩缝已用阻燃密封胶重新封堵并验收', ...cited(s), occurredAt: ago(90 * 60_000) })),
  );
  // SUPERVISED, listed by the district, submitted with evidence: waiting for the district's acceptance
  story(
    'H18',
    report(P.dwInsp, E.futai, {
      title: '合成氨装置安全仪表系统未投用',
      description: '合成氨装置氨合成塔高压联锁处于旁路状态，未办理审批',
      level: 'MAJOR',
      location: '合成氨装置',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十四项',
      foundAt: ago(40 * HOUR),
    }),
    act(P.dwSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '大洼区应急管理局', documentNumber: `大洼应急督〔${year}〕4号`, signer: '邓涛', deadline: ahead(15 * DAY), occurredAt: ago(36 * HOUR) })),
    act(P.dwSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦福泰化肥有限公司仪表车间', '郭立新', '13904276601', '恢复联锁投用，修订联锁管理制度', 35_000, '旁路期间专人监护，每小时记录工艺参数'),
      occurredAt: ago(30 * HOUR),
    })),
    photo(P.dwInsp, '联锁投用确认单.png'),
    act(P.dwInsp, 'submitRectification', (s) => ({ summary: '联锁已恢复投用，联锁管理制度已修订', ...cited(s), occurredAt: ago(3 * HOUR) })),
  );
  // FOUND, rectified on the spot, waiting for a second person's verification
  story(
    'H19',
    report(P.psInsp, E.hefeng, {
      title: '成品库叉车充电区未设置防火分隔',
      description: '成品库内叉车充电区与堆垛区未分隔，周边堆放包装袋',
      level: 'GENERAL',
      location: '成品库',
      judgementBasis: 'GB 50016-2014 建筑设计防火规范 3.3',
      foundAt: ago(2 * HOUR),
    }),
    photo(P.psInsp, '充电区清理后.png'),
    act(P.psInsp, 'rectifyOnSpot', (s) => ({ summary: '当场清走充电区周边包装袋，划定 3 米隔离区', ...cited(s), occurredAt: ago(HOUR) })),
  );
  // SUSPENDED (责令停产停工) with standby monitors; the enterprise's safety manager is one of them and has checked in
  story(
    'H20',
    report(P.xltInsp, E.ruixing, {
      title: '催化裂化装置再生器取热器泄漏',
      description: '催化裂化装置外取热器取热管泄漏，再生器压力波动',
      level: 'MAJOR',
      location: '催化裂化装置',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十六项',
      foundAt: ago(30 * HOUR),
    }),
    act(P.citySup, 'listHazard', () => ({ listingLevel: 'CITY', supervisingUnit: '盘锦市应急管理局', documentNumber: `盘应急督〔${year}〕20号`, signer: '李振华', deadline: ahead(20 * DAY), occurredAt: ago(28 * HOUR) })),
    act(P.citySup, 'suspendOperations', () => ({
      scope: 'PARTIAL',
      reason: '取热器泄漏无法保证安全运行，责令催化裂化装置停产整改',
      monitors: [
        { name: P.enterprise.name, phone: '13904271001', account: P.enterprise.sub },
        { name: P.xltInsp.name, phone: '13904270002', account: P.xltInsp.sub },
      ],
      checkInterval: 'PT24H',
      occurredAt: ago(20 * HOUR),
    })),
    photo(P.enterprise, '催化装置停车盯守.png'),
    act(P.enterprise, 'recordStandbyCheck', (s) => ({ monitor: P.enterprise.name, productionObserved: false, location: '催化裂化装置区', note: '装置已停车，进料阀关闭并加铅封', ...cited(s), occurredAt: ago(2 * HOUR) })),
  );
  // SUSPENDED before listing; the standby check saw production: illegal resumption suspected, escalated at once
  story(
    'H21',
    report(P.lbInsp, E.hongda, {
      title: '氯化反应釜温度联锁被摘除',
      description: '2 号氯化反应釜温度高高联锁被摘除，未设置 SIS',
      level: 'MAJOR',
      location: '氯化车间 2 号反应釜',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十四项',
      foundAt: ago(10 * HOUR),
    }),
    act(P.lbSup, 'suspendOperations', () => ({
      scope: 'FULL',
      reason: '涉及重点监管危险化工工艺的联锁被摘除，责令全面停产整改',
      monitors: [
        { name: P.lbInsp.name, phone: '13904273002', account: P.lbInsp.sub },
        { name: '王守成', phone: '13904273003' },
      ],
      checkInterval: 'PT12H',
      occurredAt: ago(8 * HOUR),
    })),
    act(P.lbInsp, 'recordStandbyCheck', () => ({ monitor: P.lbInsp.name, productionObserved: true, location: '氯化车间', note: '夜间检查发现 2 号反应釜搅拌电机运转，釜温 68℃', occurredAt: ago(HOUR) })),
  );
  // SUSPENDED, rectification submitted: waiting for the resumption review (复产验收)
  story(
    'H22',
    report(P.stzHousingInsp, E.shuangxing, {
      title: '液化石油气充装台软管老化开裂',
      description: '充装台 4 根装卸软管表面龟裂，未按期更换，无检验记录',
      level: 'MAJOR',
      location: '储配站充装台',
      judgementBasis: '城镇燃气经营安全重大隐患判定标准 第四条',
      foundAt: ago(40 * HOUR),
    }),
    act(P.stzHousingSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '双台子区住房和城乡建设局', documentNumber: `双住建督〔${year}〕4号`, signer: '杨帆', deadline: ahead(10 * DAY), occurredAt: ago(36 * HOUR) })),
    act(P.stzHousingSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦双兴燃气有限公司', '邵明', '13904279901', '更换全部装卸软管，建立软管更换台账', 24_000, '停止充装作业'),
      occurredAt: ago(30 * HOUR),
    })),
    act(P.stzHousingSup, 'suspendOperations', () => ({
      scope: 'PARTIAL',
      reason: '充装台停止充装作业，直至软管更换完毕并经复产验收',
      monitors: [{ name: P.stzHousingInsp.name, phone: '13904279002', account: P.stzHousingInsp.sub }],
      checkInterval: 'PT24H',
      occurredAt: ago(20 * HOUR),
    })),
    act(P.stzHousingInsp, 'recordStandbyCheck', () => ({ monitor: P.stzHousingInsp.name, productionObserved: false, location: '储配站充装台', note: '充装台已停用，阀门关闭', occurredAt: ago(4 * HOUR) })),
    photo(P.stzHousingInsp, '新装卸软管.png'),
    act(P.stzHousingInsp, 'submitRectification', (s) => ({ summary: '4 根装卸软管已更换为新品并试压合格', ...cited(s), occurredAt: ago(HOUR) })),
  );
  // RECTIFIED: the enterprise's submission, verified by the district
  story(
    'H23',
    report(P.xltInsp, E.ruixing, {
      title: '中控室外操间应急照明不亮',
      description: '中控室外操间 3 盏应急照明灯断电后不能点亮',
      level: 'GENERAL',
      location: '中控室外操间',
      judgementBasis: 'GB 51309-2018 消防应急照明和疏散指示系统技术标准 3.2',
      foundAt: ago(12 * DAY),
    }),
    act(P.xltSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦瑞兴石化有限公司电气车间', '冯涛', '13904271103', '更换应急照明灯具并做断电试验', 2_400, '配备手持应急照明'),
      deadline: ahead(18 * DAY),
      occurredAt: ago(11 * DAY),
    })),
    photo(P.enterprise, '应急照明断电试验.png'),
    act(P.enterprise, 'submitRectification', (s) => ({ summary: '已更换 3 盏应急照明灯，断电试验正常', ...cited(s), occurredAt: ago(4 * DAY) })),
    act(P.xltSup, 'verifyRectification', () => ({ accepted: true, note: '现场复核，断电试验正常', occurredAt: ago(3 * DAY) })),
  );
  // RECTIFIED on the spot, verified by someone else
  story(
    'H24',
    report(P.xltInsp, E.huayou, {
      title: '值班室灭火器超过有效期',
      description: '联合站值班室 2 具干粉灭火器压力指针在红区',
      level: 'GENERAL',
      location: '联合站值班室',
      judgementBasis: 'GB 50444-2008 建筑灭火器配置验收及检查规范 5.2',
      foundAt: ago(3 * DAY),
    }),
    photo(P.xltInsp, '灭火器更换.png'),
    act(P.xltInsp, 'rectifyOnSpot', (s) => ({ summary: '当场更换 2 具灭火器', ...cited(s), occurredAt: ago(3 * DAY - HOUR) })),
    act(P.xltSup, 'verifyRectification', () => ({ accepted: true, note: '复核合格', occurredAt: ago(2 * DAY) })),
  );
  story(
    'H25',
    report(P.psInsp, E.hefeng, {
      title: '安全出口堆放杂物',
      description: '包装车间东侧安全出口堆放编织袋，疏散通道宽度不足',
      level: 'GENERAL',
      location: '包装车间东侧安全出口',
      judgementBasis: '中华人民共和国消防法 第二十八条',
      foundAt: ago(2 * DAY),
    }),
    act(P.psInsp, 'rectifyOnSpot', () => ({ summary: '督促企业当场清理安全出口杂物', occurredAt: ago(2 * DAY - HOUR) })),
    act(P.psSup, 'verifyRectification', () => ({ accepted: true, note: '回访确认出口畅通', occurredAt: ago(DAY) })),
  );
  // RECTIFIED: a listed major hazard closed by its listing authority on evidence and an acceptance record
  story(
    'H26',
    report(P.dwInsp, E.futai, {
      title: '液氨储罐安全阀未定期校验',
      description: '1 号液氨储罐安全阀超过校验有效期',
      level: 'MAJOR',
      location: '液氨储罐区',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十一项',
      foundAt: ago(46 * HOUR),
    }),
    act(P.dwSup, 'listHazard', () => ({ listingLevel: 'COUNTY', supervisingUnit: '大洼区应急管理局', documentNumber: `大洼应急督〔${year}〕3号`, signer: '邓涛', deadline: ahead(20 * DAY), occurredAt: ago(44 * HOUR) })),
    act(P.dwSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦福泰化肥有限公司', '郭立新', '13904276601', '安全阀送检并更换备用阀', 9_000, '储罐降低液位至 50% 以下'),
      occurredAt: ago(40 * HOUR),
    })),
    photo(P.dwInsp, '安全阀校验报告.png'),
    act(P.dwInsp, 'submitRectification', (s) => ({ summary: '安全阀已校验合格并复装，校验报告存档', ...cited(s), occurredAt: ago(20 * HOUR) })),
    act(P.dwSup, 'verifyRectification', () => ({ accepted: true, note: '资料齐全，现场复核合格', acceptance: acceptance('大洼区应急管理局 邓涛、韩雪', now - 4 * HOUR), occurredAt: ago(4 * HOUR) })),
  );
  // RECTIFIED after a suspension: listed by the city, resumption reviewed by a second person, closed by the city
  story(
    'H27',
    report(P.lbInsp, E.hongda, {
      title: '液氯汽化器温水系统温度联锁失效',
      description: '液氯汽化器温水温度低联锁未投用，存在液氯带液风险',
      level: 'MAJOR',
      location: '液氯汽化工段',
      judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十四项',
      foundAt: ago(46 * HOUR),
    }),
    act(P.citySup, 'listHazard', () => ({ listingLevel: 'CITY', supervisingUnit: '盘锦市应急管理局', documentNumber: `盘应急督〔${year}〕18号`, signer: '李振华', deadline: ahead(30 * DAY), occurredAt: ago(44 * HOUR) })),
    act(P.citySup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦辽滨宏达化工有限公司', '孙振宇', '13904273301', '修复温度变送器和联锁回路，联锁试验', 18_000, '汽化工段停用'),
      occurredAt: ago(40 * HOUR),
    })),
    act(P.citySup, 'suspendOperations', () => ({
      scope: 'PARTIAL',
      reason: '汽化工段停用至联锁修复',
      monitors: [{ name: P.lbInsp.name, phone: '13904273002', account: P.lbInsp.sub }],
      checkInterval: 'PT24H',
      occurredAt: ago(20 * HOUR),
    })),
    photo(P.lbInsp, '汽化器联锁试验记录.png'),
    act(P.lbInsp, 'submitRectification', (s) => ({ summary: '温度联锁已修复，联锁试验 3 次动作正常', ...cited(s), occurredAt: ago(10 * HOUR) })),
    act(P.citySup2, 'resumeOperations', () => ({ reviewedBy: '市应急管理局 赵海峰、专家 刘高工', opinion: '联锁试验合格，同意汽化工段恢复生产', reviewedOn: beijingDate(now - 6 * HOUR), occurredAt: ago(6 * HOUR) })),
    act(P.citySup, 'verifyRectification', () => ({ accepted: true, note: '复产后运行正常，同意销号', acceptance: acceptance('盘锦市应急管理局 李振华', now - 2 * HOUR), occurredAt: ago(2 * HOUR) })),
  );
  // RECTIFIED after one rejection
  story(
    'H28',
    report(P.stzHousingInsp, E.dingsheng, {
      title: '塔吊标准节连接螺栓松动',
      description: '2 号塔吊第 6、7 标准节连接螺栓松动，无当日检查记录',
      level: 'GENERAL',
      location: '锦绣城项目 2 号塔吊',
      judgementBasis: 'JGJ 196-2010 建筑施工塔式起重机安装、使用、拆卸安全技术规程 4.0',
      foundAt: ago(9 * DAY),
    }),
    act(P.stzHousingSup, 'superviseHazard', () => ({
      plan: rectificationPlan('盘锦鼎盛建筑工程有限公司项目部', '钱进', '13904278801', '紧固全部标准节螺栓并建立每日检查记录', 1_500, '整改前塔吊停止使用'),
      deadline: ahead(10 * DAY),
      occurredAt: ago(8 * DAY),
    })),
    photo(P.stzHousingInsp, '塔吊螺栓紧固.png'),
    act(P.stzHousingInsp, 'submitRectification', (s) => ({ summary: '已紧固第 6、7 标准节螺栓', ...cited(s), occurredAt: ago(4 * DAY) })),
    act(P.stzHousingSup, 'verifyRectification', () => ({ accepted: false, note: '仅紧固两节，其余标准节未检查，检查记录未建立，重新整改', occurredAt: ago(3 * DAY) })),
    photo(P.stzHousingInsp, '塔吊检查记录.png'),
    act(P.stzHousingInsp, 'submitRectification', (s) => ({ summary: '全部标准节螺栓已紧固，每日检查记录已建立', ...cited(s), occurredAt: ago(DAY) })),
    act(P.stzHousingSup, 'verifyRectification', () => ({ accepted: true, note: '复核合格', occurredAt: ago(2 * HOUR) })),
  );
  // CANCELLED: entered twice
  story(
    'H29',
    report(P.xltInsp, E.huayou, {
      title: '井下作业未安装防喷器',
      description: '兴 21-15 井修井作业井口未安装防喷器',
      level: 'GENERAL',
      location: '兴 21-15 井修井现场',
      foundAt: ago(10 * DAY),
    }),
    act(P.office, 'cancelHazard', () => ({ reason: '与同一井场“井下作业未按规定安装防喷器”隐患重复录入' })),
  );
  // CANCELLED: not a work-safety hazard
  story(
    'H30',
    report(P.gxInsp, E.haigong, {
      title: '厂区外道路限速标识缺失',
      description: '海工大道厂区门前路段限速标识缺失',
      level: 'GENERAL',
      location: '海工大道厂区门前',
      foundAt: ago(4 * DAY),
    }),
    act(P.office, 'cancelHazard', () => ({ reason: '经核查属道路交通管理事项，不属于企业安全生产事故隐患，已移交交警部门' })),
  );

  // ——— the register: enterprises, key units, key parts, major hazard sources ———
  const SOURCE_FIELDS = 'id version';
  const registerTasks: { key: string; steps: Step[] }[] = Object.entries(E).map(([name, e]) => ({
    key: `enterprise-${name}`,
    steps: [step(e.registrar, 'registerEnterprise', () => ({ creditCode: e.creditCode, name: e.name, regionCode: e.regionCode, sector: e.sector, departmentCode: e.departmentCode, address: e.address, occurredAt: ago(400 * DAY) }))],
  }));
  const keyUnit = (e: Enterprise, riskColour: string, basis: string) => step(e.registrar, 'designateKeyUnit', () => ({ creditCode: e.creditCode, riskColour, basis }));
  const keyPart = (e: Enterprise, partId: string, name: string, location: string, responsibleName: string, responsiblePhone: string) =>
    step(e.registrar, 'addKeyPart', () => ({ creditCode: e.creditCode, partId, name, location, responsibleName, responsiblePhone }));
  registerTasks[0].steps.push(
    keyUnit(E.ruixing, 'ORANGE', '涉及重点监管危险化工工艺（加氢），原料罐区构成四级重大危险源'),
    keyPart(E.ruixing, 'hydrocracker', '加氢裂化装置', '二联合车间', '刘志远', '13904271101'),
    keyPart(E.ruixing, 'tank-farm', '原料罐区', '储运部', '何强', '13904271102'),
  );
  registerTasks[1].steps.push(
    keyUnit(E.hongda, 'RED', '液氯储存构成三级重大危险源，涉及氯化工艺，500 米内有村屯'),
    keyPart(E.hongda, 'chlorine-tanks', '液氯储罐区', '储运车间', '孙振宇', '13904273301'),
  );
  registerTasks[2].steps.push(keyUnit(E.shuangxing, 'ORANGE', '液化石油气储配站构成三级重大危险源，位于城区'));
  registerTasks[3].steps.push(keyUnit(E.futai, 'ORANGE', '液氨储罐构成二级重大危险源'));
  registerTasks[4].steps.push(keyUnit(E.hefeng, 'YELLOW', '粉尘涉爆企业，从业人员 120 人'));

  const source = (e: Enterprise, by: Person, sourceId: string, name: string, unitKind: string, location: string, population500m: number, chemicals: { name: string; quantityTonnes: number }[]) => [
    step(by, 'registerMajorHazardSource', () => ({ sourceId, name, enterpriseName: e.name, enterpriseCreditCode: e.creditCode, unitKind, location, regionCode: e.regionCode, departmentCode: e.departmentCode, occurredAt: ago(300 * DAY) }), SOURCE_FIELDS),
    step(by, 'assessMajorHazardSource', () => ({ sourceId, population500m, chemicals, occurredAt: ago(300 * DAY) }), SOURCE_FIELDS),
  ];
  const person = (by: Person, sourceId: string, role: string, name: string, phone: string, since = 0) =>
    step(by, 'assignResponsiblePerson', () => ({ sourceId, role, name, phone, ...(since ? { occurredAt: ago(since) } : {}) }), SOURCE_FIELDS);
  const sourceTasks: { key: string; steps: Step[] }[] = [
    {
      key: 'source-chlorine',
      steps: [
        ...source(E.hongda, P.lbSup, 'pj-lb-cl2-tanks', '液氯储罐区', 'STORAGE', '化工园区纬三路 9 号 储运车间', 80, [{ name: '液氯', quantityTonnes: 30 }]),
        person(P.lbSup, 'pj-lb-cl2-tanks', 'PRINCIPAL', '孙振宇', '13904273301'),
        person(P.lbSup, 'pj-lb-cl2-tanks', 'TECHNICAL', '刘宏伟', '13904273302'),
        person(P.lbSup, 'pj-lb-cl2-tanks', 'OPERATIONAL', '王守成', '13904273003'),
      ],
    },
    {
      key: 'source-lpg',
      steps: [
        ...source(E.shuangxing, P.stzHousingSup, 'pj-stz-lpg-station', '液化石油气储配站储罐区', 'STORAGE', '建设街 66 号 储配站', 600, [{ name: '液化石油气', quantityTonnes: 400 }]),
        person(P.stzHousingSup, 'pj-stz-lpg-station', 'PRINCIPAL', '邵明', '13904279901'),
        person(P.stzHousingSup, 'pj-stz-lpg-station', 'TECHNICAL', '韦东', '13904279902'),
        // assigned ten days ago and never on patrol since: its weekly patrol is overdue
        person(P.stzHousingSup, 'pj-stz-lpg-station', 'OPERATIONAL', '鲁成', '13904279903', 10 * DAY),
      ],
    },
    {
      key: 'source-ammonia',
      steps: [
        ...source(E.futai, P.dwSup, 'pj-dw-nh3-tanks', '液氨储罐区', 'STORAGE', '田家街道工业园区 12 号 合成车间北侧', 60, [{ name: '液氨', quantityTonnes: 300 }]),
        person(P.dwSup, 'pj-dw-nh3-tanks', 'PRINCIPAL', '郭立新', '13904276601'),
        person(P.dwSup, 'pj-dw-nh3-tanks', 'TECHNICAL', '钟华', '13904276602'),
        // the operational person is vacant
        step(P.dwInsp, 'verifySourceOnSite', () => ({
          sourceId: 'pj-dw-nh3-tanks',
          verifiers: [
            { name: P.dwInsp.name, unit: '大洼区应急管理局' },
            { name: '刘高工', unit: '盘锦市危险化学品安全专家组' },
          ],
          result: 'CONSISTENT',
        }), 'source { id }'),
      ],
    },
    {
      key: 'source-feed-tanks',
      steps: [
        ...source(E.ruixing, P.xltSup, 'pj-xlt-feed-tanks', '原料罐区', 'STORAGE', '石油大街 188 号 储运部', 20, [
          { name: '苯', quantityTonnes: 100 },
          { name: '甲苯', quantityTonnes: 600 },
        ]),
        person(P.xltSup, 'pj-xlt-feed-tanks', 'PRINCIPAL', '赵德明', '13904271100'),
        person(P.xltSup, 'pj-xlt-feed-tanks', 'TECHNICAL', '刘志远', '13904271101'),
        person(P.xltSup, 'pj-xlt-feed-tanks', 'OPERATIONAL', '何强', '13904271102'),
        step(P.xltInsp, 'recordPatrol', () => ({ sourceId: 'pj-xlt-feed-tanks', role: 'OPERATIONAL', note: '周检：储罐液位、呼吸阀、防火堤正常' }), 'source { id }'),
      ],
    },
  ];

  // hazards that findings start: a patrol of the chlorine tanks, a site verification of the hydrocracker
  story('H05', async (s, key) => {
    const found = await api.mutate<{ hazards: HazardRef[] }>(
      P.lbInsp,
      'recordPatrol',
      {
        sourceId: 'pj-lb-cl2-tanks',
        role: 'TECHNICAL',
        note: '技术负责人包保检查：储罐液位、压力正常，紧急切断阀试验正常',
        findings: [{ title: '液氯钢瓶充装间有毒气体报警仪超期未检定', description: '充装间 2 台有毒气体报警仪检定有效期已过', level: 'GENERAL', judgementBasis: 'JJG 915-2008 一氧化碳检测报警器检定规程' }],
        idempotencyKey: key,
      },
      `hazards { ${HAZARD_FIELDS} }`,
    );
    s.hazard = found.hazards[0];
  });
  story(
    'H06',
    async (s, key) => {
      const found = await api.mutate<{ hazards: HazardRef[] }>(
        P.xltInsp,
        'verifyEnterpriseOnSite',
        {
          creditCode: E.ruixing.creditCode,
          keyPartId: 'hydrocracker',
          verifiers: [
            { name: P.xltInsp.name, unit: '兴隆台区应急管理局' },
            { name: '周强', unit: '盘锦市应急管理局' },
          ],
          result: 'INCONSISTENT',
          discrepancies: ['装置处理量由 120 万吨/年提高至 140 万吨/年，未履行变更管理手续'],
          findings: [{ title: '加氢裂化装置高压分离器液位联锁旁路未审批', description: '高压分离器液位低低联锁处于旁路状态，无审批手续', level: 'MAJOR', judgementBasis: '化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第十四项' }],
          idempotencyKey: key,
        },
        `hazards { ${HAZARD_FIELDS} }`,
      );
      s.hazard = found.hazards[0];
    },
    act(P.citySup, 'listHazard', () => ({ listingLevel: 'CITY', supervisingUnit: '盘锦市应急管理局', documentNumber: `盘应急督〔${year}〕22号`, signer: '李振华', deadline: ahead(25 * DAY) })),
  );

  const hazardTasks = stories.map(({ key, steps }) => {
    const state: Story = { hazard: null, photos: [] };
    return { key, steps: steps.map((s): Step => (k) => s(state, k)) };
  });

  // ——— the campaign and its four measures ———
  const campaignId = `winter-${year}`;
  const campaignFrom = beijingDate(now - 14 * DAY);
  const campaignSteps: Step[] = [
    step(P.office, 'createCampaign', () => ({
      campaignId,
      name: '今冬明春安全生产隐患排查整治专项行动',
      from: campaignFrom,
      to: beijingDate(now + 100 * DAY),
      regions: Object.values(R),
      sectors: ['HAZARDOUS_CHEMICALS', 'URBAN_GAS', 'INDUSTRY_TRADE', 'OILFIELD', 'CONSTRUCTION'],
      teams: [
        { name: '第一督查组', leader: '刘副市长', leaderLed: true, members: [P.office.name, P.citySup.name], experts: ['刘高工（化工安全）'] },
        { name: '第二督查组', leader: P.citySup2.name, leaderLed: false, members: [P.xltSup.name, P.dwSup.name], experts: ['陈高工（燃气）'] },
      ],
      occurredAt: ago(15 * DAY),
    })),
    step(P.office, 'recordSpecialMeeting', () => ({
      campaignId,
      heldOn: campaignFrom,
      chairedBy: '刘副市长',
      decisions: '部署今冬明春隐患排查整治：危险化学品、城镇燃气、粉尘涉爆、有限空间为重点；重大隐患一律挂牌督办；各县区每日报送进展',
      occurredAt: ago(14 * DAY),
    })),
    step(P.office, 'openSupervision', () => ({
      id: `${campaignId}-dw-1`,
      title: '今冬明春专项行动第一轮督查（大洼区）',
      target: { kind: 'DISTRICT', code: R.DW, name: REGION_NAMES[R.DW] },
      method: 'FOUR_NOS_TWO_DIRECTS',
      leaderLed: true,
      leader: '刘副市长',
      occurredAt: ago(5 * DAY),
    })),
    step(P.office, 'recordSupervisionFinding', () => ({ id: `${campaignId}-dw-1`, description: '区级专项行动方案未明确重大危险源包保责任人检查频次', occurredAt: ago(5 * DAY) })),
    step(P.office, 'issueSupervisionNotice', () => ({ id: `${campaignId}-dw-1`, kind: 'REMINDER', documentNumber: `盘安委办函〔${year}〕41号`, note: '限 5 个工作日内补充完善方案并报市安委办', occurredAt: ago(4 * DAY) })),
    step(P.office, 'addSupervisionRound', () => ({ campaignId, oversightId: `${campaignId}-dw-1` })),
    ...['H07', 'H10', 'H20'].map((h) => step(P.office, 'addListedHazard', () => ({ campaignId, hazardId: ids[h] }))),
    step(P.office, 'openPenaltyCase', () => ({ campaignId, caseNumber: `（盘山）应急罚〔${year}〕12号`, enterpriseName: E.hefeng.name, violation: '粉尘涉爆车间电气设备不防爆，逾期未整改事故隐患' })),
  ];

  // ——— the duty desk: this week's roster, a handover, an incident on the clock, resources ———
  const bj = new Date(now + 8 * HOUR);
  const weekday = (bj.getUTCDay() + 6) % 7;
  let weekStart = Date.UTC(bj.getUTCFullYear(), bj.getUTCMonth(), bj.getUTCDate() - weekday, 0, 30); // Monday 08:30 Beijing
  if (weekStart > now) weekStart -= 7 * DAY;
  const leaders = ['张国华', '王立新', '刘长青', '张国华', '王立新', '刘长青', '孙德胜'];
  const heads = ['高明', '林涛', '宋佳', '许峰', '董丽', '袁野', '潘磊'];
  const dispatchers = ['黄鹏', '谢婷', '罗成', '梁爽'];
  const officers = ['唐悦', '韩冰', '曾洁'];
  const technicians = ['魏东', '薛凯', '叶青', '阎伟', '余杰', '杜明', '戴军'];
  const shifts = Array.from({ length: 14 }, (_, i) => {
    const day = Math.floor(i / 2);
    const night = i % 2 === 1;
    const startsAt = weekStart + day * DAY + (night ? 9 * HOUR : 0);
    const date = beijingDate(weekStart + day * DAY);
    return {
      date,
      name: night ? '夜班' : '白班',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + (night ? 15 : 9) * HOUR).toISOString(),
      assignments: [
        { role: 'DUTY_LEADER', name: leaders[day], phone: `1390427${String(3100 + day)}` },
        { role: 'SHIFT_HEAD', name: heads[(day + (night ? 3 : 0)) % heads.length], phone: `1390427${String(3200 + i)}` },
        { role: 'DISPATCHER', name: dispatchers[i % dispatchers.length] },
        { role: 'INFORMATION_OFFICER', name: officers[i % officers.length] },
        { role: 'TECHNICAL_SUPPORT', name: technicians[day] },
      ],
    };
  });
  const current = shifts.findIndex((s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt));
  const key = (s: (typeof shifts)[number]) => `${s.date}/${s.name}`;
  const [fromShift, toShift] = current > 0 ? [shifts[current - 1], shifts[current]] : [shifts[0], shifts[1]];
  const rosterId = `pj-emergency-${shifts[0].date}`;
  const rosterSteps: Step[] = [
    step(P.citySup, 'publishRoster', () => ({ rosterId, level: 'CITY', regionCode: R.XLT, departmentCode: 'EMERGENCY', shifts })),
    ...(current >= 0 ? ['DUTY_LEADER', 'SHIFT_HEAD'].map((role) => step(P.citySup, 'recordDutyPresence', () => ({ rosterId, shift: key(shifts[current]), role, status: 'ON_POST' }))) : []),
    step(P.citySup, 'handOverDuty', () => ({
      rosterId,
      handoverId: `${rosterId}-handover-1`,
      fromShift: key(fromShift),
      toShift: key(toShift),
      pendingItems: ['跟踪辽滨宏达化工氯化反应釜疑似违规恢复生产的核查结果', '督促大洼区补充完善专项行动方案'],
      notes: '夜间接报 1 起导热油泄漏着火，已处置完毕，续报待办',
    })),
  ];
  const incidentId = 'pj-incident-001';
  const incidentSteps: Step[] = [
    step(P.citySup, 'recordIncident', () => ({
      incidentId,
      title: '辽滨开发区某企业导热油管线泄漏着火',
      level: 'ORDINARY',
      sector: 'HAZARDOUS_CHEMICALS',
      regionCode: R.LB,
      departmentCode: 'EMERGENCY',
      place: '辽滨沿海经济技术开发区化工园区纬五路',
      summary: '导热油炉出口管线法兰泄漏引发小范围火情，企业自行扑灭，无人员伤亡',
      happenedAt: ago(70 * 60_000),
      receivedAt: ago(50 * 60_000),
      casualties: { deaths: 0, injuries: 0, missing: 0 },
    })),
    step(P.citySup, 'recordDutyLogEntry', () => ({
      entryId: 'pj-log-0001',
      channel: 'PHONE',
      regionCode: R.LB,
      departmentCode: 'EMERGENCY',
      receivedAt: ago(50 * 60_000),
      reporter: '辽滨开发区安监站 王守成',
      reporterPhone: '04276889119',
      place: '化工园区纬五路',
      summary: '园区某企业导热油管线法兰泄漏着火，已扑灭，无人员伤亡',
      measures: '通知园区消防站到场监护，要求企业排查同类法兰',
      instructions: '带班领导要求 2 小时内书面续报',
      incidentId,
    })),
  ];
  const resourceSteps: Step[] = [
    step(P.lbSup, 'registerEmergencyResource', () => ({
      resourceId: 'pj-team-hazchem',
      kind: 'TEAM',
      name: '盘锦市危险化学品应急救援队',
      regionCode: R.LB,
      departmentCode: 'EMERGENCY',
      base: '辽滨化工园区特勤消防站',
      teamType: 'HAZARDOUS_CHEMICALS',
      headcount: 45,
      leader: '高振江',
      dutyPhone: '0427-6881119',
      specialties: ['液氯泄漏处置', '危化品火灾扑救', '堵漏'],
    })),
    step(P.lbSup, 'reportTeamStatus', () => ({ resourceId: 'pj-team-hazchem', onDuty: 15 })),
    step(P.lbSup, 'recordTeamDrill', () => ({ resourceId: 'pj-team-hazchem', heldOn: beijingDate(now - 10 * DAY), note: '液氯储罐泄漏处置实战演练' })),
    step(P.citySup, 'registerEmergencyResource', () => ({ resourceId: 'pj-depot-city', kind: 'DEPOT', name: '盘锦市应急物资储备库', regionCode: R.XLT, departmentCode: 'EMERGENCY', base: '兴隆台区渤海路 16 号' })),
    step(P.citySup, 'setResourceStock', () => ({ resourceId: 'pj-depot-city', code: '2101001', name: '防化服', unit: '套', quantity: 120, condition: 'GOOD', expiresOn: beijingDate(now + 700 * DAY), reason: '年度采购入库' })),
  ];

  // ——— today's daily reports: two district units, then the city department consolidates ———
  const submit =
    (by: Person, departmentCode: string, regionCode: string | null, reviewer: string, phone: string): Step =>
    async () => {
      const read = await api.gql<{ dailyReport: { status: string } }>(
        by,
        'query($d: String!, $c: String!, $r: String) { dailyReport(date: $d, departmentCode: $c, regionCode: $r) { status } }',
        { d: today, c: departmentCode, r: regionCode },
        'dailyReport',
      );
      if (read.dailyReport.status === 'SUBMITTED') return;
      await api.mutate(by, 'submitDailyReport', { date: today, departmentCode, ...(regionCode ? { regionCode } : {}), signature: { reviewer, phone } }, 'status');
    };
  const reportSteps: Step[] = [
    submit(P.xltSup, 'EMERGENCY', R.XLT, '兴隆台区应急管理局 王科长', '0427-2822110'),
    submit(P.dwSup, 'EMERGENCY', R.DW, '大洼区应急管理局 刘科长', '0427-6722110'),
    submit(P.citySup, 'EMERGENCY', null, '市应急管理局 张处长', '0427-2800110'),
    // the last step: its presence says the demo is complete
    step(P.citySup, 'recordDutyLogEntry', () => ({
      entryId: FINAL_LOG_ENTRY,
      channel: 'SYSTEM',
      regionCode: R.XLT,
      departmentCode: 'EMERGENCY',
      receivedAt: new Date(now).toISOString(),
      reporter: '隐患排查治理系统',
      summary: `兴隆台区、大洼区应急管理局和市应急管理局已报送 ${today} 隐患排查整改情况日报`,
    })),
  ];

  const phases: Phase[] = [
    { name: 'register', concurrency: 3, tasks: registerTasks },
    { name: 'sources', concurrency: 2, tasks: sourceTasks },
    { name: 'hazards', concurrency: 4, tasks: hazardTasks },
    { name: 'campaign', concurrency: 1, tasks: [{ key: 'campaign', steps: campaignSteps }] },
    {
      name: 'duty desk',
      concurrency: 3,
      tasks: [
        { key: 'roster', steps: rosterSteps },
        { key: 'incident', steps: incidentSteps },
        { key: 'resources', steps: resourceSteps },
      ],
    },
    { name: 'reports', concurrency: 1, tasks: [{ key: 'reports', steps: reportSteps }] },
  ];
  return phases;
}

async function inPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown = null;
  const worker = async () => {
    while (next < items.length && failed === null) {
      const item = items[next++];
      try {
        await work(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (failed !== null) throw failed;
}

// ————— what the system holds —————

const OFFICE_READ = P.office;

/** Whether the system is empty, holds a demo (complete, or stopped half-way), or is in use with other data. */
export async function demoState(options: Pick<DemoOptions, 'url' | 'secret'>): Promise<DemoState> {
  const api = new DemoApi(options.url, options.secret);
  const data = await api.gql<{ hazards: { totalCount: number }; enterprises: { creditCode: string }[]; majorHazardSources: { id: string }[]; dutyLog: { id: string }[] }>(
    OFFICE_READ,
    '{ hazards { totalCount } enterprises { creditCode } majorHazardSources { id } dutyLog { id } }',
    {},
    'demo state',
  );
  if (data.dutyLog.some((e) => e.id === FINAL_LOG_ENTRY)) return 'COMPLETE';
  if (data.enterprises.some((e) => e.creditCode === MARKER_ENTERPRISE)) return 'PARTIAL';
  if (data.hazards.totalCount === 0 && data.enterprises.length === 0 && data.majorHazardSources.length === 0) return 'EMPTY';
  return 'IN_USE';
}

/** Counts of what the demo made, read back through the API as the committee office. */
export async function demoSummary(options: Pick<DemoOptions, 'url' | 'secret'>, reportDate: string): Promise<DemoSummary> {
  const api = new DemoApi(options.url, options.secret);
  const statuses = ['FOUND', 'LISTED', 'SUPERVISED', 'SUSPENDED', 'RECTIFIED', 'CANCELLED'];
  const data = await api.gql<Record<string, any>>(
    OFFICE_READ,
    `query($d: String!) {
      all: hazards { totalCount }
      overdue: hazards(filter: { overdue: true }) { totalCount }
      pending: hazards(filter: { pendingVerification: true }) { totalCount }
      ${statuses.map((s) => `${s}: hazards(filter: { status: [${s}] }) { totalCount }`).join('\n')}
      enterprises { keyUnit { riskColour } }
      majorHazardSources { id }
      campaigns { id }
      dutyRosters { shifts { key } }
      incidents(filter: { open: true }) { id }
      emergencyResources { id }
      reportingBoard(date: $d) { state }
    }`,
    { d: reportDate },
    'demo summary',
  );
  return {
    enterprises: data.enterprises.length,
    keyUnits: data.enterprises.filter((e: { keyUnit: unknown }) => e.keyUnit).length,
    majorHazardSources: data.majorHazardSources.length,
    hazards: data.all.totalCount,
    byStatus: Object.fromEntries(statuses.map((s) => [s, data[s].totalCount as number])),
    overdue: data.overdue.totalCount,
    pendingVerification: data.pending.totalCount,
    campaigns: data.campaigns.length,
    rosterShifts: data.dutyRosters.reduce((n: number, r: { shifts: unknown[] }) => n + r.shifts.length, 0),
    openIncidents: data.incidents.length,
    emergencyResources: data.emergencyResources.length,
    reportsSubmitted: data.reportingBoard.filter((r: { state: string }) => r.state === 'SUBMITTED' || r.state === 'LATE').length,
    reportDate,
  };
}

/** The one line `npm start -- --demo` prints. */
export function summaryLine(s: DemoSummary): string {
  const statuses = Object.entries(s.byStatus)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  return (
    `${s.enterprises} enterprises (${s.keyUnits} key units), ${s.majorHazardSources} major hazard sources, ` +
    `${s.hazards} hazards (${statuses}; ${s.overdue} overdue, ${s.pendingVerification} awaiting verification), ` +
    `${s.campaigns} campaign, a roster of ${s.rosterShifts} shifts, ${s.openIncidents} open incident, ${s.emergencyResources} emergency resources, ` +
    `${s.reportsSubmitted} daily reports submitted for ${s.reportDate}`
  );
}

/**
 * Fills the demo city whatever the system holds: every command idempotent, so running it again (after a crash, or
 * twice) records nothing new. Throws DemoError naming the command and the server's refusal.
 */
export async function fillDemoCity(options: DemoOptions): Promise<DemoSummary> {
  const api = new DemoApi(options.url, options.secret);
  await checkReferenceData(api);
  const results = { reportDate: '' };
  const phases = plan(api, options.now ?? Date.now(), results);
  const total = phases.reduce((n, p) => n + p.tasks.reduce((m, t) => m + t.steps.length, 0), 0);
  let done = 0;
  options.onProgress?.(done, total);
  for (const phase of phases) {
    await inPool(phase.tasks, phase.concurrency, async (task) => {
      for (const [i, run] of task.steps.entries()) {
        await run(`demo:${task.key}:${i}`);
        options.onProgress?.(++done, total);
      }
    });
  }
  return demoSummary(options, results.reportDate);
}

/** The regions and departments the demo names must be those the system knows (seeded by the migrations). */
async function checkReferenceData(api: DemoApi): Promise<void> {
  const data = await api.gql<{ regions: { code: string }[]; departments: { code: string }[] }>(OFFICE_READ, '{ regions { code } departments { code } }', {}, 'reference data');
  const regions = new Set(data.regions.map((r) => r.code));
  const departments = new Set(data.departments.map((d) => d.code));
  const missingRegions = Object.values(R).filter((r) => !regions.has(r));
  const missingDepartments = ['EMERGENCY', 'HOUSING'].filter((d) => !departments.has(d));
  if (missingRegions.length || missingDepartments.length) {
    throw new DemoError(`the demo city needs the seeded regions and departments; missing: ${[...missingRegions, ...missingDepartments].join(', ')}`);
  }
}

/** `--demo`: fills an empty system (or finishes a demo stopped half-way); otherwise says why it skips. */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const state = await demoState(options);
  if (state === 'COMPLETE') return { kind: 'skipped', state, reason: 'the demo city is already here' };
  if (state === 'IN_USE') return { kind: 'skipped', state, reason: 'the system already holds data of its own; the demo fills only an empty system' };
  const summary = await fillDemoCity(options);
  return { kind: state === 'PARTIAL' ? 'resumed' : 'filled', summary };
}

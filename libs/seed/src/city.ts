import { v5 as uuidv5 } from 'uuid';
import {
  type Actor,
  type AnyCommand,
  type CommandMetadata,
  DEFAULT_DEPARTMENT_BY_SECTOR,
  type DiscoverySource,
  type HazardEvent,
  type HazardLevel,
  type HazardState,
  type Sector,
  decide,
  envelope,
  evolve,
} from '@hazard/domain';
import { GENESIS_HASH, canonicalEventText, chainHash, type Db } from '@hazard/event-store';
import { hazardRow } from '@hazard/read-models';

/**
 * A fixture city: hazards with planned lifecycles over a span of days, written straight into the
 * event store (every event still decided by the domain, chained and projected), so tests and
 * benchmarks get hundreds or a million hazards without running a workflow per hazard.
 */
export interface PlannedHazard {
  id: string;
  code: string;
  regionCode: string;
  sector: Sector;
  departmentCode: string;
  level: HazardLevel;
  source: DiscoverySource;
  foundAt: number;
  listedAt: number | null;
  listingLevel: 'COUNTY' | 'CITY' | 'PROVINCE';
  deadline: number | null;
  supervisedAt: number | null;
  suspendedAt: number | null;
  submittedAt: number | null;
  rectifiedAt: number | null;
  cancelledAt: number | null;
  fines: { at: number; amount: number }[];
  /** The level the reporter acted at (the reporting unit of the row, README "The reporting chain"); none in the plan itself. */
  reporterLevel?: 'CITY' | 'DISTRICT';
}

export interface CityOptions {
  count: number;
  seed: number;
  /** Findings fall between these instants; every later step too. */
  start: number;
  end: number;
  regions: readonly string[];
}

const NAMESPACE = '6f1c7d2e-54a0-4f63-9d0e-2c8b1e7a4b11';
const DAY = 86_400_000;
const HOUR = 3_600_000;

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The sectors the fixture city was planned over: the notice's nine and OTHER, fixed here so that a seed gives the
 * same city (the console's pictures, the benchmarks' figures) after sectors were added (README, Reporting units).
 */
const FIXTURE_SECTORS: readonly Sector[] = ['HAZARDOUS_CHEMICALS', 'FIRE', 'ROAD_TRAFFIC', 'CONSTRUCTION', 'URBAN_GAS', 'HAZARDOUS_WASTE', 'TRANSPORT', 'NON_COAL_MINES', 'SPECIAL_EQUIPMENT', 'OTHER'];

const SOURCES: DiscoverySource[] = ['ENTERPRISE_SELF_INSPECTION', 'DEPARTMENT_INSPECTION', 'COVERT_INSPECTION', 'SUPERVISION_CHECK', 'PUBLIC_REPORT'];

/** Plans lifecycles: every status appears, some hazards overdue, some rectified late, some fined. */
export function planCity(options: CityOptions): PlannedHazard[] {
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (a: number, b: number) => Math.floor(a + random() * Math.max(0, b - a));
  const span = options.end - options.start;
  const plan: PlannedHazard[] = [];
  for (let i = 0; i < options.count; i++) {
    const sector = pick(FIXTURE_SECTORS);
    const level: HazardLevel = random() < 0.3 ? 'MAJOR' : 'GENERAL';
    const foundAt = between(options.start, options.start + span * 0.8);
    const after = (t: number, maxFraction: number) => between(t + HOUR, Math.min(options.end, t + span * maxFraction));
    const h: PlannedHazard = {
      id: uuidv5(`${options.seed}/${i}`, NAMESPACE),
      code: `YH-SEED-${options.seed}-${String(i + 1).padStart(7, '0')}`,
      regionCode: pick(options.regions),
      sector,
      departmentCode: DEFAULT_DEPARTMENT_BY_SECTOR[sector],
      level,
      source: pick(SOURCES),
      foundAt,
      listedAt: null,
      listingLevel: pick(['COUNTY', 'CITY', 'PROVINCE'] as const),
      deadline: null,
      supervisedAt: null,
      suspendedAt: null,
      submittedAt: null,
      rectifiedAt: null,
      cancelledAt: null,
      fines: [],
    };
    const fate = random();
    if (fate < 0.05) {
      h.cancelledAt = after(foundAt, 0.1);
    } else if (fate > 0.12) {
      h.listedAt = after(foundAt, 0.1);
      // Some deadlines have already passed by the end: overdue hazards, and late rectifications.
      h.deadline = h.listedAt + between(2 * DAY, 40 * DAY);
      if (fate > 0.25) {
        if (random() < 0.15) h.suspendedAt = after(h.listedAt, 0.1);
        else h.supervisedAt = after(h.listedAt, 0.1);
        const active = (h.suspendedAt ?? h.supervisedAt) as number;
        if (fate > 0.45) {
          h.submittedAt = after(active, 0.3);
          if (fate > 0.55 && h.submittedAt + HOUR < options.end) h.rectifiedAt = after(h.submittedAt, 0.1);
        }
        if (random() < 0.2) {
          const at = after(active, 0.2);
          if (!h.submittedAt || at < h.submittedAt) h.fines.push({ at, amount: Math.round(between(1, 200) * 1000) });
        }
      }
    }
    // Nothing happens after the end: steps that would are dropped, with what depends on them.
    const end = options.end;
    if (h.cancelledAt && h.cancelledAt >= end) h.cancelledAt = null;
    if (h.listedAt && h.listedAt >= end) Object.assign(h, { listedAt: null, deadline: null, supervisedAt: null, suspendedAt: null, submittedAt: null, rectifiedAt: null, fines: [] });
    if (h.supervisedAt && h.supervisedAt >= end) Object.assign(h, { supervisedAt: null, submittedAt: null, rectifiedAt: null, fines: [] });
    if (h.suspendedAt && h.suspendedAt >= end) Object.assign(h, { suspendedAt: null, submittedAt: null, rectifiedAt: null, fines: [] });
    if (h.submittedAt && h.submittedAt >= end) Object.assign(h, { submittedAt: null, rectifiedAt: null });
    if (h.rectifiedAt && h.rectifiedAt >= end) h.rectifiedAt = null;
    h.fines = h.fines.filter((f) => f.at < end);
    plan.push(h);
  }
  return plan;
}

const actor = (sub: string, role: Actor['roles'][number]): Actor => ({ sub, name: sub, roles: [role] });
const INSPECTOR = actor('seed-inspector', 'INSPECTOR');
const SUPERVISOR = actor('seed-supervisor', 'SUPERVISOR');
const VERIFIER = actor('seed-verifier', 'SUPERVISOR');
const OFFICE = actor('seed-office', 'COMMITTEE_OFFICE');

/** The events a planned hazard's commands produce, each decided by the domain at its own time. */
export function eventsOf(h: PlannedHazard): { events: HazardEvent[]; state: HazardState } {
  const steps: [number, Actor, AnyCommand][] = [
    [
      h.foundAt,
      h.reporterLevel ? { ...INSPECTOR, level: h.reporterLevel } : INSPECTOR,
      {
        type: 'ReportHazard',
        data: {
          hazardId: h.id,
          code: h.code,
          title: `${h.level === 'MAJOR' ? '重大' : '一般'}隐患 ${h.code}`,
          description: '消防设施不完好、安全通道堵塞等（测试数据）',
          level: h.level,
          sector: h.sector,
          regionCode: h.regionCode,
          departmentCode: h.departmentCode,
          enterpriseName: `盘锦测试企业${h.code.slice(-4)}有限公司`,
          source: h.source,
          foundAt: new Date(h.foundAt).toISOString(),
        },
      },
    ],
  ];
  if (h.cancelledAt) steps.push([h.cancelledAt, OFFICE, { type: 'CancelHazard', data: { reason: '重复录入' } }]);
  if (h.listedAt && h.deadline) {
    steps.push([
      h.listedAt,
      SUPERVISOR,
      { type: 'ListHazard', data: { listingLevel: h.listingLevel, supervisingUnit: '市安委办', documentNumber: `盘安委办〔2026〕${h.code.slice(-3)}号`, deadline: new Date(h.deadline).toISOString() } },
    ]);
  }
  const plan = { responsibleUnit: '企业安全部', responsiblePerson: '张经理', measures: '按方案整改', fundingAmount: 50_000, contingencyPlan: '加强巡检' };
  if (h.supervisedAt) steps.push([h.supervisedAt, SUPERVISOR, { type: 'SuperviseHazard', data: { plan } }]);
  if (h.suspendedAt) {
    steps.push([h.suspendedAt, SUPERVISOR, { type: 'SuspendOperations', data: { scope: 'FULL', reason: '无法保证安全', monitors: [{ name: '盯守员' }], checkInterval: 'P1D' } }]);
  }
  for (const fine of h.fines) steps.push([fine.at, SUPERVISOR, { type: 'RecordEnforcement', data: { kind: 'FINE', amount: fine.amount } }]);
  if (h.submittedAt) steps.push([h.submittedAt, INSPECTOR, { type: 'SubmitRectification', data: { summary: '已完成整改' } }]);
  if (h.rectifiedAt) steps.push([h.rectifiedAt, VERIFIER, { type: 'VerifyRectification', data: { accepted: true, note: '验收合格' } }]);
  steps.sort((a, b) => a[0] - b[0]);

  let state: HazardState | null = null;
  const events: HazardEvent[] = [];
  let n = 0;
  for (const [at, who, command] of steps) {
    const meta: CommandMetadata = { commandId: `seed:${h.id}:${++n}`, actor: who, now: new Date(at).toISOString() };
    const produced = envelope(h.id, state?.version ?? 0, decide(state, command, meta), meta, () => uuidv5(`${h.id}/${events.length + 1}`, NAMESPACE));
    for (const e of produced) {
      state = evolve(state, e);
      events.push(e);
    }
  }
  return { events, state: state as HazardState };
}

/**
 * Writes the planned hazards in batches: streams, chained events and read-model rows with
 * multi-row inserts, one transaction per batch.
 */
export async function seedCity(db: Db, plan: readonly PlannedHazard[], onProgress: (done: number, total: number) => void = () => undefined, batchSize = 500): Promise<void> {
  for (let i = 0; i < plan.length; i += batchSize) {
    const batch = plan.slice(i, i + batchSize).map(eventsOf);
    const streams: { stream_id: string; stream_type: string; version: number; head_hash: string }[] = [];
    const rows: Record<string, unknown>[] = [];
    for (const { events } of batch) {
      let prev = GENESIS_HASH;
      for (const e of events) {
        const canonical = canonicalEventText(e);
        const hash = chainHash(prev, canonical);
        rows.push({
          stream_id: e.streamId,
          version: e.version,
          event_id: e.eventId,
          command_id: e.metadata.commandId,
          type: e.type,
          canonical,
          data: JSON.stringify(e.data),
          metadata: JSON.stringify(e.metadata),
          occurred_at: e.metadata.occurredAt,
          recorded_at: e.metadata.recordedAt,
          prev_hash: prev,
          hash,
        });
        prev = hash;
      }
      streams.push({ stream_id: events[0].streamId, stream_type: 'hazard', version: events.length, head_hash: prev });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('streams').values(streams).execute();
      for (let j = 0; j < rows.length; j += 1_000) await trx.insertInto('events').values(rows.slice(j, j + 1_000) as never).execute();
      await trx.insertInto('hazards').values(batch.map(({ events, state }) => hazardRow(events[0].streamId, state))).execute();
    });
    onProgress(Math.min(i + batchSize, plan.length), plan.length);
  }
}

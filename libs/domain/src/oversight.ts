import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import type { Role } from './reference';
import { code, creditCode, oneOf, optionalText, requiredText } from './validation';

/**
 * Supervision (督查) and administrative inspection (行政检查), kept apart as current practice requires:
 * since 2024 a committee office supervises districts and departments, it does not inspect enterprises;
 * an inspection of an enterprise belongs to a legal enforcement body, names an item of that body's
 * published list, is carried out by at least two certified inspectors and needs an approval.
 */
export const SUPERVISION_TARGET_KINDS = ['DISTRICT', 'DEPARTMENT'] as const;
export type SupervisionTargetKind = (typeof SUPERVISION_TARGET_KINDS)[number];
/** OPEN 明查, COVERT 暗访, FOUR_NOS_TWO_DIRECTS 四不两直, RANDOM 随机抽查, FOLLOW_UP 回头看. */
export const SUPERVISION_METHODS = ['OPEN', 'COVERT', 'FOUR_NOS_TWO_DIRECTS', 'RANDOM', 'FOLLOW_UP'] as const;
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];
/** REMINDER 提醒, INTERVIEW 约谈, CIRCULAR 通报. */
export const SUPERVISION_NOTICES = ['REMINDER', 'INTERVIEW', 'CIRCULAR'] as const;
export type SupervisionNotice = (typeof SUPERVISION_NOTICES)[number];
export const INSPECTION_FINDING_KINDS = ['VIOLATION', 'GENERAL_HAZARD', 'MAJOR_HAZARD'] as const;
export type InspectionFindingKind = (typeof INSPECTION_FINDING_KINDS)[number];

/** Minimum inspectors on an administrative inspection (two certified law-enforcement officers). */
export const MIN_INSPECTORS = 2;

export interface EnforcementItem {
  code: string;
  name: string;
}

/** A legal enforcement body and its published item list (reference data, resolved by the adapter). */
export interface EnforcementBody {
  code: string;
  name: string;
  departmentCode: string;
  items: EnforcementItem[];
  /** Where the list is published, and its version. */
  source: string;
}

export interface Inspector {
  name: string;
  /** 执法证号: the certificate that makes the person an inspector. */
  certificateNo: string;
}

export type OversightCommand =
  | {
      type: 'OpenSupervision';
      data: {
        oversightId: string;
        title: string;
        target: { kind: string; code: string; name: string };
        method: SupervisionMethod;
        leaderLed: boolean;
        leader?: string | null;
      };
    }
  | { type: 'RecordSupervisionFinding'; data: { description: string } }
  | { type: 'IssueSupervisionNotice'; data: { kind: SupervisionNotice; documentNumber?: string | null; note: string } }
  | {
      type: 'OpenInspection';
      data: {
        oversightId: string;
        itemCode: string;
        enterprise: { name: string; creditCode: string; regionCode: string };
        inspectors: Inspector[];
        approvedBy: string;
        approvalDocument: string;
        drawId?: string | null;
        /** Resolved by the adapter from reference data, never by the caller. */
        body: EnforcementBody | null;
        /** Inspections of this enterprise by this body so far this year, and the configured cap (null: none). */
        inspectionsThisYear: number;
        annualCap: number | null;
      };
    }
  | { type: 'RecordInspectionFinding'; data: { kind: InspectionFindingKind; description: string } };

export type OversightEventBody =
  | {
      type: 'SupervisionOpened';
      data: { oversightId: string; title: string; target: { kind: SupervisionTargetKind; code: string; name: string }; method: SupervisionMethod; leaderLed: boolean; leader: string | null };
    }
  | { type: 'SupervisionFindingRecorded'; data: { description: string } }
  | { type: 'SupervisionNoticeIssued'; data: { kind: SupervisionNotice; documentNumber: string | null; note: string } }
  | {
      type: 'InspectionOpened';
      data: {
        oversightId: string;
        body: { code: string; name: string; departmentCode: string; source: string };
        item: EnforcementItem;
        enterprise: { name: string; creditCode: string; regionCode: string };
        inspectors: Inspector[];
        approvedBy: string;
        approvalDocument: string;
        drawId: string | null;
      };
    }
  | { type: 'InspectionFindingRecorded'; data: { kind: InspectionFindingKind; description: string } };

export interface OversightEvent {
  type: OversightEventBody['type'];
  data: OversightEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export type OversightState =
  | {
      kind: 'SUPERVISION';
      id: string;
      version: number;
      openedAt: string;
      title: string;
      target: { kind: SupervisionTargetKind; code: string; name: string };
      method: SupervisionMethod;
      leaderLed: boolean;
      leader: string | null;
      findings: { description: string; at: string }[];
      notices: { kind: SupervisionNotice; documentNumber: string | null; note: string; at: string }[];
    }
  | {
      kind: 'INSPECTION';
      id: string;
      version: number;
      openedAt: string;
      body: { code: string; name: string; departmentCode: string; source: string };
      item: EnforcementItem;
      enterprise: { name: string; creditCode: string; regionCode: string };
      inspectors: Inspector[];
      approvedBy: string;
      approvalDocument: string;
      drawId: string | null;
      findings: { kind: InspectionFindingKind; description: string; at: string }[];
    };

const SUPERVISING_ROLES: readonly Role[] = ['COMMITTEE_OFFICE'];
const INSPECTING_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];

export function decideOversight(state: OversightState | null, command: OversightCommand, meta: CommandMetadata): OversightEventBody[] {
  const supervision = command.type === 'OpenSupervision' || command.type === 'RecordSupervisionFinding' || command.type === 'IssueSupervisionNotice';
  const allowed = supervision ? SUPERVISING_ROLES : INSPECTING_ROLES;
  if (!meta.actor.roles.some((r) => allowed.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the record is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'OpenSupervision' || command.type === 'OpenInspection') {
    if (state) throw invalidTransition(`${state.id} is already open`);
  } else if (!state) {
    throw new DomainError('NOT_FOUND', 'no such supervision or inspection');
  }

  switch (command.type) {
    case 'OpenSupervision': {
      const d = command.data;
      if (d.target?.kind === 'ENTERPRISE') {
        throw badInput(
          'target.kind',
          'a supervision (督查) targets a district or a department; an enterprise is inspected (行政检查) by its enforcement body: open an inspection instead',
        );
      }
      const leaderLed = d.leaderLed === true;
      const leader = optionalText('leader', d.leader, { max: 100 });
      if (leaderLed && !leader) throw badInput('leader', 'a leader-led supervision names its leader');
      return [
        {
          type: 'SupervisionOpened',
          data: {
            oversightId: requiredText('oversightId', d.oversightId, { max: 64 }),
            title: requiredText('title', d.title, { max: 200 }),
            target: { kind: oneOf('target.kind', d.target?.kind, SUPERVISION_TARGET_KINDS), code: code('target.code', d.target?.code), name: requiredText('target.name', d.target?.name, { max: 100 }) },
            method: oneOf('method', d.method, SUPERVISION_METHODS),
            leaderLed,
            leader,
          },
        },
      ];
    }
    case 'RecordSupervisionFinding':
      if (state?.kind !== 'SUPERVISION') throw invalidTransition('an inspection records inspection findings');
      return [{ type: 'SupervisionFindingRecorded', data: { description: requiredText('description', command.data.description, { max: 2000, multiline: true }) } }];
    case 'IssueSupervisionNotice':
      if (state?.kind !== 'SUPERVISION') throw invalidTransition('notices belong to a supervision');
      return [
        {
          type: 'SupervisionNoticeIssued',
          data: {
            kind: oneOf('kind', command.data.kind, SUPERVISION_NOTICES),
            documentNumber: optionalText('documentNumber', command.data.documentNumber, { max: 100 }),
            note: requiredText('note', command.data.note, { max: 2000, multiline: true }),
          },
        },
      ];
    case 'OpenInspection': {
      const d = command.data;
      if (!d.body) throw badInput('enforcementBodyCode', 'an administrative inspection is carried out by a legal enforcement body: name a registered one');
      const itemCode = requiredText('itemCode', d.itemCode, { max: 64 });
      const item = d.body.items.find((i) => i.code === itemCode);
      if (!item) throw badInput('itemCode', `${itemCode} is not on the published inspection item list of ${d.body.name} (${d.body.source})`);
      const inspectors = (Array.isArray(d.inspectors) ? d.inspectors : []).map((p, i) => ({
        name: requiredText(`inspectors[${i}].name`, p?.name, { max: 100 }),
        certificateNo: requiredText(`inspectors[${i}].certificateNo`, p?.certificateNo, { max: 32 }),
      }));
      if (new Set(inspectors.map((p) => p.certificateNo)).size < MIN_INSPECTORS) {
        throw badInput('inspectors', `an administrative inspection needs at least ${MIN_INSPECTORS} inspectors with distinct law-enforcement certificates`);
      }
      if (d.annualCap !== null && d.inspectionsThisYear >= d.annualCap) {
        throw invalidTransition(`${d.enterprise?.name ?? 'the enterprise'} has had ${d.inspectionsThisYear} inspection(s) by ${d.body.name} this year; the configured cap is ${d.annualCap}`);
      }
      const credit = creditCode('enterprise.creditCode', d.enterprise?.creditCode);
      if (!credit) throw badInput('enterprise.creditCode', 'is required: an inspection targets one identified enterprise');
      return [
        {
          type: 'InspectionOpened',
          data: {
            oversightId: requiredText('oversightId', d.oversightId, { max: 64 }),
            body: { code: d.body.code, name: d.body.name, departmentCode: d.body.departmentCode, source: d.body.source },
            item,
            enterprise: { name: requiredText('enterprise.name', d.enterprise?.name, { max: 200 }), creditCode: credit, regionCode: code('enterprise.regionCode', d.enterprise?.regionCode) },
            inspectors,
            approvedBy: requiredText('approvedBy', d.approvedBy, { max: 100 }),
            approvalDocument: requiredText('approvalDocument', d.approvalDocument, { max: 100 }),
            drawId: optionalText('drawId', d.drawId, { max: 64 }),
          },
        },
      ];
    }
    case 'RecordInspectionFinding':
      if (state?.kind !== 'INSPECTION') throw invalidTransition('a supervision records findings about work, not inspection findings');
      return [
        {
          type: 'InspectionFindingRecorded',
          data: { kind: oneOf('kind', command.data.kind, INSPECTION_FINDING_KINDS), description: requiredText('description', command.data.description, { max: 2000, multiline: true }) },
        },
      ];
    default:
      return assertNever(command);
  }
}

export function evolveOversight(state: OversightState | null, event: OversightEvent): OversightState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as OversightEventBody;
  switch (body.type) {
    case 'SupervisionOpened': {
      const { oversightId, ...d } = body.data;
      return { kind: 'SUPERVISION', id: oversightId, version: event.version, openedAt: at, ...d, findings: [], notices: [] };
    }
    case 'InspectionOpened': {
      const { oversightId, ...d } = body.data;
      return { kind: 'INSPECTION', id: oversightId, version: event.version, openedAt: at, ...d, findings: [] };
    }
    case 'SupervisionFindingRecorded':
      if (state?.kind !== 'SUPERVISION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, findings: [...state.findings, { ...body.data, at }] };
    case 'SupervisionNoticeIssued':
      if (state?.kind !== 'SUPERVISION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, notices: [...state.notices, { ...body.data, at }] };
    case 'InspectionFindingRecorded':
      if (state?.kind !== 'INSPECTION') throw new Error(`${event.type} on a ${state?.kind ?? 'missing'} record`);
      return { ...state, version: event.version, findings: [...state.findings, { ...body.data, at }] };
    default:
      return assertNever(body);
  }
}

// ---------------------------------------------------------------------------------------------
// Random draws (双随机一公开): which enterprises are inspected and by whom, reproducible from the
// pools and a seed, respecting declared conflicts of interest and the annual cap.

export interface DrawInput {
  seed: string;
  enterprises: { id: string; inspectionsThisYear?: number }[];
  inspectors: { id: string; certificateNo: string }[];
  /** Declared conflicts: this inspector may not inspect this enterprise. */
  conflicts: { inspectorId: string; enterpriseId: string }[];
  count: number;
  inspectorsPerEnterprise: number;
  annualCap: number | null;
}

export interface DrawResult {
  assignments: { enterpriseId: string; inspectorIds: string[] }[];
  /** Drawn but without enough inspectors free of conflicts: not inspected, and said so. */
  unassigned: string[];
  /** At or over the annual cap: left out of the pool. */
  capped: string[];
}

/** FNV-1a, 32 bits: turns the seed text into the generator's state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of seed) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast and fully determined by its seed. */
function generator(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function uniqueIds<T extends { id: string }>(field: string, items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const id = requiredText(`${field}[${i}].id`, item?.id, { max: 64 });
    if (seen.has(id)) throw badInput(`${field}[${i}].id`, `${id} is listed twice`);
    seen.add(id);
    return { ...item, id };
  });
}

/**
 * The draw. Pools are sorted by id first, so the same pools in any order with the same seed give
 * the same result; each drawn enterprise gets inspectors in a freshly shuffled order, skipping
 * declared conflicts; an inspector is not given a second enterprise before everyone has one.
 */
export function drawRandomInspections(input: DrawInput): DrawResult {
  const seed = requiredText('seed', input.seed, { max: 128 });
  const enterprises = uniqueIds('enterprises', input.enterprises).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inspectors = uniqueIds('inspectors', input.inspectors).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  inspectors.forEach((p, i) => requiredText(`inspectors[${i}].certificateNo`, p.certificateNo, { max: 32 }));
  if (!Number.isInteger(input.count) || input.count < 1) throw badInput('count', 'must be a whole number, 1 or more');
  if (!Number.isInteger(input.inspectorsPerEnterprise) || input.inspectorsPerEnterprise < MIN_INSPECTORS) {
    throw badInput('inspectorsPerEnterprise', `must be at least ${MIN_INSPECTORS}`);
  }
  const conflicts = new Set((input.conflicts ?? []).map((c) => `${c.inspectorId}\u0000${c.enterpriseId}`));
  const cap = input.annualCap;
  const capped = cap === null ? [] : enterprises.filter((e) => (e.inspectionsThisYear ?? 0) >= cap).map((e) => e.id);
  const eligible = enterprises.filter((e) => !capped.includes(e.id));

  const random = generator(seed);
  const chosen = shuffle(eligible, random).slice(0, input.count);
  const load = new Map(inspectors.map((p) => [p.id, 0]));
  const assignments: DrawResult['assignments'] = [];
  const unassigned: string[] = [];
  for (const enterprise of chosen) {
    const order = shuffle(inspectors, random)
      .filter((p) => !conflicts.has(`${p.id}\u0000${enterprise.id}`))
      .sort((a, b) => (load.get(a.id) as number) - (load.get(b.id) as number)); // stable: keeps the shuffled order within a load
    if (order.length < input.inspectorsPerEnterprise) {
      unassigned.push(enterprise.id);
      continue;
    }
    const team = order.slice(0, input.inspectorsPerEnterprise).map((p) => p.id);
    for (const id of team) load.set(id, (load.get(id) as number) + 1);
    assignments.push({ enterpriseId: enterprise.id, inspectorIds: team });
  }
  return { assignments, unassigned, capped };
}

// A recorded draw: its pools, seed and result, so anyone can re-run it and get the same answer.
export interface DrawRecord {
  drawId: string;
  title: string;
  bodyCode: string;
  input: DrawInput;
  result: DrawResult;
}

export type DrawCommand = { type: 'RecordRandomDraw'; data: { drawId: string; title: string; bodyCode: string; input: DrawInput } };
export type DrawEventBody = { type: 'RandomDrawRecorded'; data: DrawRecord };
export interface DrawState extends Omit<DrawRecord, 'drawId'> {
  id: string;
  version: number;
  recordedAt: string;
  drawnBy: string;
}

export function decideDraw(state: DrawState | null, command: DrawCommand, meta: CommandMetadata): DrawEventBody[] {
  if (!meta.actor.roles.some((r) => INSPECTING_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (state) throw invalidTransition(`draw ${state.id} is recorded; a draw is made once (draw again under a new id)`);
  const d = command.data;
  const input: DrawInput = {
    seed: requiredText('seed', d.input?.seed, { max: 128 }),
    enterprises: (d.input?.enterprises ?? []).map((e) => ({ id: e.id, inspectionsThisYear: e.inspectionsThisYear ?? 0 })),
    inspectors: (d.input?.inspectors ?? []).map((p) => ({ id: p.id, certificateNo: p.certificateNo })),
    conflicts: (d.input?.conflicts ?? []).map((c) => ({ inspectorId: c.inspectorId, enterpriseId: c.enterpriseId })),
    count: d.input?.count,
    inspectorsPerEnterprise: d.input?.inspectorsPerEnterprise,
    annualCap: d.input?.annualCap ?? null,
  };
  if (input.enterprises.length === 0) throw badInput('enterprises', 'the pool of enterprises is empty');
  if (input.inspectors.length < MIN_INSPECTORS) throw badInput('inspectors', `the pool needs at least ${MIN_INSPECTORS} certified inspectors`);
  const result = drawRandomInspections(input);
  return [{ type: 'RandomDrawRecorded', data: { drawId: requiredText('drawId', d.drawId, { max: 64 }), title: requiredText('title', d.title, { max: 200 }), bodyCode: code('bodyCode', d.bodyCode), input, result } }];
}

export function evolveDraw(_state: DrawState | null, event: { type: string; data: unknown; version: number; metadata: { recordedAt: string; actor: { sub: string } } }): DrawState {
  const { drawId, ...record } = event.data as DrawRecord;
  return { id: drawId, version: event.version, recordedAt: event.metadata.recordedAt, drawnBy: event.metadata.actor.sub, ...record };
}

import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import type { Role } from './reference';
import { calendarDate, code, integer, oneOf, optionalText, phone, requiredText } from './validation';

/**
 * Emergency resources (应急资源): rescue teams and depots with their equipment and supplies, coded by
 * GB/T 38565-2020 《应急物资分类及编码》 (7 digits, the first 1–3). Readiness is computed from the record:
 * a team is ready with people on duty and a drill within the year; a stock line is ready when it is
 * in good condition, not expired and not empty.
 */
export const GBT38565 = /^[1-3]\d{6}$/;

export function supplyCode(field: string, value: unknown): string {
  if (typeof value !== 'string' || !GBT38565.test(value)) throw badInput(field, 'is not a GB/T 38565-2020 code: 7 digits, the first 1–3');
  return value;
}

export const TEAM_TYPES = ['FIRE_RESCUE', 'HAZARDOUS_CHEMICALS', 'MINE', 'MEDICAL', 'ENGINEERING', 'FLOOD', 'VOLUNTEER', 'OTHER'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];
export const CONDITIONS = ['GOOD', 'NEEDS_REPAIR', 'UNUSABLE'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface StockLine {
  code: string;
  name: string;
  unit: string;
  quantity: number;
  condition: Condition;
  expiresOn: string | null;
}

export interface ResourceState {
  id: string;
  version: number;
  kind: 'TEAM' | 'DEPOT';
  name: string;
  regionCode: string;
  departmentCode: string;
  base: string;
  /** Teams. */
  teamType: TeamType | null;
  headcount: number;
  onDuty: number;
  leader: string | null;
  dutyPhone: string | null;
  specialties: string[];
  lastDrillOn: string | null;
  /** Teams carry equipment; depots hold supplies: both as stock lines by code. */
  stock: StockLine[];
}

export type ResourceCommand =
  | {
      type: 'RegisterResource';
      data: {
        resourceId: string;
        kind: 'TEAM' | 'DEPOT';
        name: string;
        regionCode: string;
        departmentCode: string;
        base: string;
        teamType?: TeamType | null;
        headcount?: number | null;
        leader?: string | null;
        dutyPhone?: string | null;
        specialties?: string[] | null;
      };
    }
  | { type: 'ReportTeamStatus'; data: { onDuty: number; headcount?: number | null } }
  | { type: 'RecordDrill'; data: { heldOn: string; note: string } }
  | { type: 'SetStock'; data: StockLine & { reason: string } };

export type ResourceEventBody =
  | { type: 'ResourceRegistered'; data: Omit<ResourceState, 'id' | 'version' | 'onDuty' | 'lastDrillOn' | 'stock'> & { resourceId: string } }
  | { type: 'TeamStatusReported'; data: { onDuty: number; headcount: number } }
  | { type: 'DrillRecorded'; data: { heldOn: string; note: string } }
  | { type: 'StockSet'; data: StockLine & { reason: string } };

const WRITE_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];

export function decideResource(state: ResourceState | null, command: ResourceCommand, meta: CommandMetadata): ResourceEventBody[] {
  if (!meta.actor.roles.some((r) => WRITE_ROLES.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the resource is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'RegisterResource') {
    if (state) throw invalidTransition(`${state.name} is already registered`);
    const d = command.data;
    const kind = oneOf('kind', d.kind, ['TEAM', 'DEPOT'] as const);
    const team = kind === 'TEAM';
    const dutyPhone = phone('dutyPhone', d.dutyPhone);
    if (team && !dutyPhone) throw badInput('dutyPhone', 'a team names its duty phone');
    return [
      {
        type: 'ResourceRegistered',
        data: {
          resourceId: requiredText('resourceId', d.resourceId, { max: 64 }),
          kind,
          name: requiredText('name', d.name, { max: 200 }),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
          base: requiredText('base', d.base, { max: 500 }),
          teamType: team ? oneOf('teamType', d.teamType, TEAM_TYPES) : null,
          headcount: team ? integer('headcount', d.headcount, { min: 1, max: 100_000 }) : 0,
          leader: team ? requiredText('leader', d.leader, { max: 100 }) : optionalText('leader', d.leader, { max: 100 }),
          dutyPhone,
          specialties: (Array.isArray(d.specialties) ? d.specialties : []).map((s, i) => requiredText(`specialties[${i}]`, s, { max: 100 })),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such resource');
  switch (command.type) {
    case 'ReportTeamStatus': {
      if (state.kind !== 'TEAM') throw invalidTransition(`${state.name} is a depot`);
      const headcount = command.data.headcount === undefined || command.data.headcount === null ? state.headcount : integer('headcount', command.data.headcount, { min: 1, max: 100_000 });
      const onDuty = integer('onDuty', command.data.onDuty, { min: 0, max: headcount });
      return [{ type: 'TeamStatusReported', data: { onDuty, headcount } }];
    }
    case 'RecordDrill':
      if (state.kind !== 'TEAM') throw invalidTransition(`${state.name} is a depot`);
      return [{ type: 'DrillRecorded', data: { heldOn: calendarDate('heldOn', command.data.heldOn), note: requiredText('note', command.data.note, { max: 2000, multiline: true }) } }];
    case 'SetStock': {
      const d = command.data;
      return [
        {
          type: 'StockSet',
          data: {
            code: supplyCode('code', d.code),
            name: requiredText('name', d.name, { max: 200 }),
            unit: requiredText('unit', d.unit, { max: 20 }),
            quantity: integer('quantity', d.quantity, { min: 0, max: 100_000_000 }),
            condition: oneOf('condition', d.condition, CONDITIONS),
            expiresOn: d.expiresOn === undefined || d.expiresOn === null ? null : calendarDate('expiresOn', d.expiresOn),
            reason: requiredText('reason', d.reason, { max: 500 }),
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export function evolveResource(state: ResourceState | null, event: { type: string; data: unknown; version: number; metadata: { actor: Actor } }): ResourceState {
  const body = { type: event.type, data: event.data } as ResourceEventBody;
  if (body.type === 'ResourceRegistered') {
    const { resourceId, ...d } = body.data;
    return { id: resourceId, version: event.version, ...d, onDuty: 0, lastDrillOn: null, stock: [] };
  }
  if (!state) throw new Error(`${event.type} before the resource was registered`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'TeamStatusReported':
      return { ...next, onDuty: body.data.onDuty, headcount: body.data.headcount };
    case 'DrillRecorded':
      return { ...next, lastDrillOn: !state.lastDrillOn || body.data.heldOn > state.lastDrillOn ? body.data.heldOn : state.lastDrillOn };
    case 'StockSet': {
      const { reason: _r, ...line } = body.data;
      const others = state.stock.filter((l) => l.code !== line.code);
      return { ...next, stock: [...others, line].sort((a, b) => a.code.localeCompare(b.code)) };
    }
    default:
      return assertNever(body);
  }
}

/** A stock line that can be used today (Beijing date): good, not expired, not empty. */
export const lineReady = (line: StockLine, today: string): boolean => line.condition === 'GOOD' && line.quantity > 0 && (line.expiresOn === null || line.expiresOn >= today);

/** Ready: a team with people on duty and a drill within the last year; a depot with at least one usable line. */
export function resourceReady(state: ResourceState, today: string): boolean {
  if (state.kind === 'DEPOT') return state.stock.some((l) => lineReady(l, today));
  if (state.onDuty === 0 || !state.lastDrillOn) return false;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return state.lastDrillOn >= yearAgo;
}

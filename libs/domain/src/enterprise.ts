import type { Actor, CommandMetadata } from './commands';
import { DomainError, badInput, invalidTransition } from './errors';
import { assertNever } from './never';
import { type Role, SECTORS, type Sector } from './reference';
import { type SiteVerification, siteVerification } from './register';
import { code, creditCode, oneOf, phone, requiredText } from './validation';

/**
 * Enterprises in the register, the key units (重点单位) among them with their risk colour, and their
 * key parts (重点部位). Event-sourced like hazards and major hazard sources: an enterprise's stream is
 * keyed by its unified social credit code, so one enterprise is registered once.
 */
export const RISK_COLOURS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;
export type RiskColour = (typeof RISK_COLOURS)[number];
/** 红 重大风险, 橙 较大风险, 黄 一般风险, 蓝 低风险. */
export const RISK_COLOUR_LABELS: Record<RiskColour, string> = { RED: '红（重大风险）', ORANGE: '橙（较大风险）', YELLOW: '黄（一般风险）', BLUE: '蓝（低风险）' };

export interface KeyPart {
  partId: string;
  name: string;
  location: string;
  responsibleName: string;
  responsiblePhone: string | null;
  addedAt: string;
}

export type EnterpriseCommand =
  | { type: 'RegisterEnterprise'; data: { creditCode: string; name: string; regionCode: string; sector: string; departmentCode: string; address: string } }
  /** Lists the enterprise as a key unit, or changes its colour (rolling analysis); the basis is always given. */
  | { type: 'DesignateKeyUnit'; data: { riskColour: RiskColour; basis: string } }
  | { type: 'RevokeKeyUnit'; data: { reason: string } }
  | { type: 'AddKeyPart'; data: { partId: string; name: string; location: string; responsibleName: string; responsiblePhone?: string | null } }
  | { type: 'ReassignKeyPart'; data: { partId: string; responsibleName: string; responsiblePhone?: string | null } }
  | { type: 'RemoveKeyPart'; data: { partId: string; reason: string } }
  /** Of the key unit itself (keyPartId null) or of one of its key parts. */
  | { type: 'VerifyEnterpriseOnSite'; data: SiteVerification & { keyPartId?: string | null } };

export type EnterpriseEventBody =
  | { type: 'EnterpriseRegistered'; data: Extract<EnterpriseCommand, { type: 'RegisterEnterprise' }>['data'] }
  | { type: 'KeyUnitDesignated'; data: { riskColour: RiskColour; basis: string } }
  | { type: 'KeyUnitRiskChanged'; data: { from: RiskColour; riskColour: RiskColour; basis: string } }
  | { type: 'KeyUnitRevoked'; data: { reason: string } }
  | { type: 'KeyPartAdded'; data: Omit<KeyPart, 'addedAt'> }
  | { type: 'KeyPartReassigned'; data: { partId: string; responsibleName: string; responsiblePhone: string | null } }
  | { type: 'KeyPartRemoved'; data: { partId: string; reason: string } }
  | { type: 'EnterpriseVerifiedOnSite'; data: SiteVerification & { keyPartId: string | null } };

export interface EnterpriseEvent {
  type: EnterpriseEventBody['type'];
  data: EnterpriseEventBody['data'];
  version: number;
  metadata: { occurredAt: string; recordedAt: string; actor: Actor };
}

export interface EnterpriseState {
  id: string;
  version: number;
  name: string;
  creditCode: string;
  regionCode: string;
  sector: Sector;
  departmentCode: string;
  address: string;
  registeredAt: string;
  keyUnit: { riskColour: RiskColour; basis: string; since: string; colourSince: string } | null;
  keyParts: KeyPart[];
  /** The latest site verification of the unit itself and of each key part (key: `unit` or the part id). */
  siteVerifications: Record<string, SiteVerification & { at: string }>;
}

export const UNIT_TARGET = 'unit';
const REGISTER_ROLES: readonly Role[] = ['SUPERVISOR', 'COMMITTEE_OFFICE'];
const VERIFY_ROLES: readonly Role[] = ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE'];

function part(state: EnterpriseState, field: string, id: unknown): KeyPart {
  const partId = requiredText(field, id, { max: 64 });
  const found = state.keyParts.find((p) => p.partId === partId);
  if (!found) throw badInput(field, `${state.name} has no key part ${partId}`);
  return found;
}

export function decideEnterprise(state: EnterpriseState | null, command: EnterpriseCommand, meta: CommandMetadata): EnterpriseEventBody[] {
  const allowed = command.type === 'VerifyEnterpriseOnSite' ? VERIFY_ROLES : REGISTER_ROLES;
  if (!meta.actor.roles.some((r) => allowed.includes(r))) throw new DomainError('FORBIDDEN', `your roles do not allow ${command.type}`);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the enterprise is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'RegisterEnterprise') {
    if (state) throw invalidTransition(`${state.name} (${state.creditCode}) is already registered`);
    const d = command.data;
    const credit = creditCode('creditCode', d.creditCode);
    if (!credit) throw badInput('creditCode', 'is required (统一社会信用代码)');
    return [
      {
        type: 'EnterpriseRegistered',
        data: {
          creditCode: credit,
          name: requiredText('name', d.name, { max: 200 }),
          regionCode: code('regionCode', d.regionCode),
          sector: oneOf('sector', d.sector, SECTORS),
          departmentCode: code('departmentCode', d.departmentCode),
          address: requiredText('address', d.address, { max: 500 }),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such enterprise');
  switch (command.type) {
    case 'DesignateKeyUnit': {
      const riskColour = oneOf('riskColour', command.data.riskColour, RISK_COLOURS);
      const basis = requiredText('basis', command.data.basis, { max: 2000, multiline: true });
      if (!state.keyUnit) return [{ type: 'KeyUnitDesignated', data: { riskColour, basis } }];
      if (state.keyUnit.riskColour === riskColour) throw invalidTransition(`${state.name} is already a key unit rated ${RISK_COLOUR_LABELS[riskColour]}`);
      return [{ type: 'KeyUnitRiskChanged', data: { from: state.keyUnit.riskColour, riskColour, basis } }];
    }
    case 'RevokeKeyUnit':
      if (!state.keyUnit) throw invalidTransition(`${state.name} is not a key unit`);
      return [{ type: 'KeyUnitRevoked', data: { reason: requiredText('reason', command.data.reason, { max: 2000, multiline: true }) } }];
    case 'AddKeyPart': {
      const d = command.data;
      const partId = requiredText('partId', d.partId, { max: 64 });
      if (partId === UNIT_TARGET) throw badInput('partId', `"${UNIT_TARGET}" names the unit itself; choose another id`);
      if (state.keyParts.some((p) => p.partId === partId)) throw invalidTransition(`key part ${partId} is already registered`);
      return [
        {
          type: 'KeyPartAdded',
          data: {
            partId,
            name: requiredText('name', d.name, { max: 200 }),
            location: requiredText('location', d.location, { max: 500 }),
            responsibleName: requiredText('responsibleName', d.responsibleName, { max: 100 }),
            responsiblePhone: phone('responsiblePhone', d.responsiblePhone),
          },
        },
      ];
    }
    case 'ReassignKeyPart': {
      const p = part(state, 'partId', command.data.partId);
      const responsibleName = requiredText('responsibleName', command.data.responsibleName, { max: 100 });
      const responsiblePhone = phone('responsiblePhone', command.data.responsiblePhone);
      if (p.responsibleName === responsibleName && p.responsiblePhone === responsiblePhone) throw invalidTransition(`${responsibleName} already answers for ${p.name}`);
      return [{ type: 'KeyPartReassigned', data: { partId: p.partId, responsibleName, responsiblePhone } }];
    }
    case 'RemoveKeyPart': {
      const p = part(state, 'partId', command.data.partId);
      return [{ type: 'KeyPartRemoved', data: { partId: p.partId, reason: requiredText('reason', command.data.reason, { max: 2000, multiline: true }) } }];
    }
    case 'VerifyEnterpriseOnSite': {
      const d = command.data;
      const keyPartId = d.keyPartId === undefined || d.keyPartId === null ? null : part(state, 'keyPartId', d.keyPartId).partId;
      return [{ type: 'EnterpriseVerifiedOnSite', data: { ...siteVerification(d), keyPartId } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveEnterprise(state: EnterpriseState | null, event: EnterpriseEvent): EnterpriseState {
  const at = event.metadata.occurredAt;
  const body = { type: event.type, data: event.data } as EnterpriseEventBody;
  if (body.type === 'EnterpriseRegistered') {
    const d = body.data;
    return { id: d.creditCode, version: event.version, ...d, sector: d.sector as Sector, registeredAt: at, keyUnit: null, keyParts: [], siteVerifications: {} };
  }
  if (!state) throw new Error(`${event.type} before the enterprise was registered`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'KeyUnitDesignated':
      return { ...next, keyUnit: { riskColour: body.data.riskColour, basis: body.data.basis, since: at, colourSince: at } };
    case 'KeyUnitRiskChanged':
      return { ...next, keyUnit: { ...(state.keyUnit ?? { since: at }), riskColour: body.data.riskColour, basis: body.data.basis, colourSince: at } };
    case 'KeyUnitRevoked':
      return { ...next, keyUnit: null };
    case 'KeyPartAdded':
      return { ...next, keyParts: [...state.keyParts, { ...body.data, addedAt: at }] };
    case 'KeyPartReassigned': {
      const { partId, responsibleName, responsiblePhone } = body.data;
      return { ...next, keyParts: state.keyParts.map((p) => (p.partId === partId ? { ...p, responsibleName, responsiblePhone } : p)) };
    }
    case 'KeyPartRemoved': {
      const siteVerifications = { ...state.siteVerifications };
      delete siteVerifications[body.data.partId];
      return { ...next, keyParts: state.keyParts.filter((p) => p.partId !== body.data.partId), siteVerifications };
    }
    case 'EnterpriseVerifiedOnSite': {
      const { keyPartId, ...verification } = body.data;
      return { ...next, siteVerifications: { ...state.siteVerifications, [keyPartId ?? UNIT_TARGET]: { ...verification, at } } };
    }
    default:
      return assertNever(body);
  }
}

import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { SECTORS } from '../shared/reference';
import { siteVerification } from '../shared/site-verification';
import { code, creditCode, oneOf, phone, requiredText } from '../shared/validation';
import { type EnterpriseCommand, RISK_COLOURS, RISK_COLOUR_LABELS } from './commands';
import type { EnterpriseEventBody } from './events';
import { evolveEnterprise } from './evolve';
import { type EnterpriseState, type KeyPart, UNIT_TARGET } from './state';

function part(state: EnterpriseState, field: string, id: unknown): KeyPart {
  const partId = requiredText(field, id, { max: 64 });
  const found = state.keyParts.find((p) => p.partId === partId);
  if (!found) throw badInput(field, `${state.name} has no key part ${partId}`);
  return found;
}

export function decideEnterprise(state: EnterpriseState | null, command: EnterpriseCommand, meta: CommandMetadata): EnterpriseEventBody[] {
  assertMayRunCommand(meta, command.type);
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

/** The enterprise's decider as one value (the command handler takes it so). */
export const enterpriseDecider: Decider<EnterpriseState, EnterpriseCommand, EnterpriseEventBody> = { decide: decideEnterprise, evolve: evolveEnterprise };

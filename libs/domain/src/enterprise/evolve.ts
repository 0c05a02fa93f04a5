import { assertNever } from '../shared/never';
import type { Sector } from '../shared/reference';
import type { EnterpriseEvent, EnterpriseEventBody } from './events';
import { type EnterpriseState, UNIT_TARGET } from './state';

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

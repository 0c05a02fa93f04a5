import { type EnterpriseEvent, type EnterpriseState, UNIT_TARGET, evolveEnterprise } from '@hazard/domain';
import { foldedReadModel, foldIntoReadModel, type Projector } from '@hazard/event-store';

export const ENTERPRISE_STREAM_TYPE = 'enterprise';
export const enterpriseStreamId = (creditCode: string): string => `enterprise-${creditCode}`;

/** The read model of enterprises, key units and key parts, written in the append transaction. */
export const ENTERPRISE_READ_MODEL = foldedReadModel<EnterpriseState>('enterprises', (state) => ({
    version: state.version,
    name: state.name,
    region_code: state.regionCode,
    department_code: state.departmentCode,
    sector: state.sector,
    risk_colour: state.keyUnit?.riskColour ?? null,
    key_parts: state.keyParts.length,
    verified_on_site: UNIT_TARGET in state.siteVerifications,
  }));

export const projectEnterpriseEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, ENTERPRISE_READ_MODEL, (s, e) => evolveEnterprise(s, e as unknown as EnterpriseEvent), events);

import { type EnterpriseState, RISK_COLOUR_LABELS, UNIT_TARGET } from '@hazard/domain';
import type { StoredEvent } from '@hazard/event-store';
import { toRegisterEvent } from '../common/register-event.mapper';
import { maskPhone } from '../hazards/hazard.mapper';
import { toSiteVerificationModel } from '../sources/source.mapper';
import type { RegisterOverviewRow } from './enterprises.service';
import type { EnterpriseModel } from './models/enterprise.model';
import type { RegisterOverviewRowModel } from './models/register-overview.model';

export function toEnterpriseModel(state: EnterpriseState, showPhones: boolean, events: StoredEvent[] | null): EnterpriseModel {
  const k = state.keyUnit;
  return {
    id: state.id,
    creditCode: state.creditCode,
    version: state.version,
    name: state.name,
    regionCode: state.regionCode,
    sector: state.sector,
    departmentCode: state.departmentCode,
    address: state.address,
    registeredAt: state.registeredAt,
    keyUnit: k ? { ...k, riskColourLabel: RISK_COLOUR_LABELS[k.riskColour] } : null,
    keyParts: state.keyParts.map((p) => ({
      id: p.partId,
      name: p.name,
      location: p.location,
      responsibleName: p.responsibleName,
      responsiblePhone: showPhones ? p.responsiblePhone : maskPhone(p.responsiblePhone),
      addedAt: p.addedAt,
      siteVerification: toSiteVerificationModel(state.siteVerifications[p.partId]),
    })),
    siteVerification: toSiteVerificationModel(state.siteVerifications[UNIT_TARGET]),
    history: events
      ? events.map((e) => {
          const data = e.data as { responsiblePhone?: string | null };
          return toRegisterEvent(e, !showPhones && 'responsiblePhone' in data ? { ...data, responsiblePhone: maskPhone(data.responsiblePhone ?? null) } : e.data);
        })
      : null,
    state,
  };
}

export const toRegisterOverviewRowModel = (r: RegisterOverviewRow): RegisterOverviewRowModel => ({
  ...r,
  keyUnitsByColour: { red: r.keyUnitsByColour.RED, orange: r.keyUnitsByColour.ORANGE, yellow: r.keyUnitsByColour.YELLOW, blue: r.keyUnitsByColour.BLUE },
});

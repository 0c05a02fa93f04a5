import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type EnterpriseCommand,
  type EnterpriseState,
  RISK_COLOURS,
  type RiskColour,
  SECTORS,
  type SourceState,
  mayRead,
  overduePatrols,
} from '../../../../libs/domain/src';
import { type Db, type StoredEvent, ENTERPRISE } from '../../../../libs/event-store/src';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, inScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';
import { RegisterService } from './register.service';

export interface EnterpriseFilter {
  regionCode?: string | null;
  departmentCode?: string | null;
  sector?: string | null;
  keyUnit?: boolean | null;
  riskColour?: RiskColour | null;
  verifiedOnSite?: boolean | null;
}

/** One cell of the register overview: what exists in a region × sector and how much of it was verified. */
export interface RegisterOverviewRow {
  regionCode: string;
  sector: string;
  enterprises: number;
  keyUnits: number;
  keyUnitsByColour: Record<RiskColour, number>;
  keyUnitsVerifiedOnSite: number;
  keyParts: number;
  keyPartsVerifiedOnSite: number;
  majorHazardSources: number;
  majorHazardSourcesByLevel: [number, number, number, number];
  majorHazardSourcesVerifiedOnSite: number;
  majorHazardSourcesWithVacantRoles: number;
  majorHazardSourcesWithOverduePatrols: number;
}

/**
 * Enterprises, key units (with their risk colour) and key parts: records without clocks, so their
 * commands append straight to the event store (DirectStreams), scoped by region × department.
 */
@Injectable()
export class EnterpriseService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly sources: RegisterService,
  ) {
    this.streams = new DirectStreams(db);
  }

  execute(principal: Principal, request: RequestInfo, creditCode: string, command: EnterpriseCommand, options: StreamCommandOptions) {
    const id = typeof creditCode === 'string' ? creditCode.trim().toUpperCase() : creditCode;
    return this.streams.execute(ENTERPRISE, {
      principal,
      request,
      id,
      command,
      options,
      assertVisible: (state) => this.assertVisible(principal, state),
      resolve: async (_state, c) => {
        if (c.type === 'RegisterEnterprise') {
          const { regionCode, departmentCode } = c.data;
          assertCreatesInScope(principal, regionCode, departmentCode);
          return { ...c, data: { ...c.data, creditCode: id } };
        }
        return c;
      },
    });
  }

  find(principal: Principal, creditCode: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: EnterpriseState; events: StoredEvent[] } | null> {
    return this.streams.find(ENTERPRISE, creditCode.trim().toUpperCase(), (state) => this.assertVisible(principal, state), asOf);
  }

  async list(principal: Principal, filter: EnterpriseFilter): Promise<EnterpriseState[]> {
    let query = this.db.selectFrom('enterprises').select('state').orderBy('region_code').orderBy('name').limit(5_000);
    if (filter.regionCode) query = query.where('region_code', '=', filter.regionCode);
    if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
    if (filter.sector) query = query.where('sector', '=', filter.sector);
    if (filter.riskColour) query = query.where('risk_colour', '=', filter.riskColour);
    if (filter.keyUnit === true) query = query.where('risk_colour', 'is not', null);
    if (filter.keyUnit === false) query = query.where('risk_colour', 'is', null);
    if (filter.verifiedOnSite !== undefined && filter.verifiedOnSite !== null) query = query.where('verified_on_site', '=', filter.verifiedOnSite);
    query = query.where(inScope(principal));
    return (await query.execute()).map((r) => r.state);
  }

  patrolContext() {
    return this.sources.patrolContext();
  }

  /** The major hazard sources registered under this enterprise's credit code, as the caller may see them. */
  async sourcesOf(principal: Principal, enterprise: EnterpriseState): Promise<SourceState[]> {
    const all = await this.sources.list(principal, { regionCode: null });
    return all.filter((s) => s.enterpriseCreditCode === enterprise.creditCode);
  }

  /**
   * Per region × sector: enterprises, key units by colour, key parts, major hazard sources by level,
   * and how many of each were verified on site. A source takes its sector from its registered
   * enterprise (by credit code), else hazardous chemicals (GB 18218 is about them).
   */
  async overview(principal: Principal, filter: { regionCode?: string | null; sector?: string | null }): Promise<RegisterOverviewRow[]> {
    const enterprises = await this.list(principal, { regionCode: filter.regionCode, sector: filter.sector });
    const sectorOf = new Map(enterprises.map((e) => [e.creditCode, e.sector as string]));
    const sources = (await this.sources.list(principal, { regionCode: filter.regionCode })).map((s) => ({ s, sector: (s.enterpriseCreditCode && sectorOf.get(s.enterpriseCreditCode)) || 'HAZARDOUS_CHEMICALS' }));
    const patrol = await this.sources.patrolContext();
    const now = Date.now();
    const rows = new Map<string, RegisterOverviewRow>();
    const row = (regionCode: string, sector: string) => {
      const key = `${regionCode}|${sector}`;
      let r = rows.get(key);
      if (!r) {
        r = {
          regionCode,
          sector,
          enterprises: 0,
          keyUnits: 0,
          keyUnitsByColour: Object.fromEntries(RISK_COLOURS.map((c) => [c, 0])) as Record<RiskColour, number>,
          keyUnitsVerifiedOnSite: 0,
          keyParts: 0,
          keyPartsVerifiedOnSite: 0,
          majorHazardSources: 0,
          majorHazardSourcesByLevel: [0, 0, 0, 0],
          majorHazardSourcesVerifiedOnSite: 0,
          majorHazardSourcesWithVacantRoles: 0,
          majorHazardSourcesWithOverduePatrols: 0,
        };
        rows.set(key, r);
      }
      return r;
    };
    for (const e of enterprises) {
      const r = row(e.regionCode, e.sector);
      r.enterprises++;
      if (e.keyUnit) {
        r.keyUnits++;
        r.keyUnitsByColour[e.keyUnit.riskColour]++;
        if (e.siteVerifications.unit) r.keyUnitsVerifiedOnSite++;
      }
      r.keyParts += e.keyParts.length;
      r.keyPartsVerifiedOnSite += e.keyParts.filter((p) => e.siteVerifications[p.partId]).length;
    }
    for (const { s, sector } of sources) {
      if (filter.sector && sector !== filter.sector) continue;
      if (!s.assessment?.result.isMajor) continue;
      const r = row(s.regionCode, sector);
      r.majorHazardSources++;
      const level = s.assessment.result.level;
      if (level && level >= 1 && level <= 4) r.majorHazardSourcesByLevel[level - 1]++;
      if (s.siteVerification) r.majorHazardSourcesVerifiedOnSite++;
      if (Object.keys(s.responsible).length < 3) r.majorHazardSourcesWithVacantRoles++;
      if (overduePatrols(s, now, patrol.cadence, patrol.holidays, patrol.events).length > 0) r.majorHazardSourcesWithOverduePatrols++;
    }
    const sectorOrder = (x: string) => (SECTORS as readonly string[]).indexOf(x);
    return [...rows.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode) || sectorOrder(a.sector) - sectorOrder(b.sector));
  }

  private assertVisible(principal: Principal, state: EnterpriseState): void {
    if (!mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) throw new DomainError('NOT_FOUND', `no enterprise ${state.id} that you may see`);
  }
}

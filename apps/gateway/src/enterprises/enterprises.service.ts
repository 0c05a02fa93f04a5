import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  type EnterpriseCommand,
  type EnterpriseState,
  type HazardState,
  RISK_COLOURS,
  type RiskColour,
  SECTORS,
  type Sector,
  type SourceState,
  mayRead,
  overduePatrols,
  mayRunCommand,
} from '@hazard/domain';
import type { Db, StoredEvent } from '@hazard/event-store';
import { ENTERPRISE, type EnterpriseQuery, listEnterprises } from '@hazard/read-models';
import { EvidenceService } from '../evidence/evidence.service';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, readScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { commandIdOf } from '../common/register-event.mapper';
import { type Finding, FindingsService, findingDraft } from '../findings/findings.service';
import { DATABASE } from '../infrastructure/database.provider';
import { type SourceView, SourcesService } from '../sources/sources.service';

type EnterpriseFilter = Omit<EnterpriseQuery, 'scope'>;

/** One cell of the register overview: what exists in a region × sector and how much of it was verified. */
export interface RegisterOverviewRow {
  regionCode: string;
  sector: Sector;
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
export class EnterprisesService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly sources: SourcesService,
    private readonly findings: FindingsService,
    private readonly evidence: EvidenceService,
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

  /**
   * Records a site verification of the key unit or one key part; its findings become hazards in the same step
   * (checked first: a bad one refuses the verification too), found where the verification was made.
   */
  async verifyOnSite(
    principal: Principal,
    request: RequestInfo,
    creditCode: string,
    verification: Extract<EnterpriseCommand, { type: 'VerifyEnterpriseOnSite' }>['data'],
    findings: readonly Finding[],
    options: StreamCommandOptions,
  ): Promise<{ state: EnterpriseState; events: StoredEvent[]; hazards: HazardState[] }> {
    const command: EnterpriseCommand = { type: 'VerifyEnterpriseOnSite', data: verification };
    // the photos cited are files the server received (README "Evidence files")
    if (mayRunCommand(principal.roles, command.type)) await this.evidence.assertReceived(verification.evidenceHashes);
    const current = await this.find(principal, creditCode);
    // No such enterprise: the command goes on to be refused as it would be without findings.
    if (!current) return { ...(await this.execute(principal, request, creditCode, command, options)), hazards: [] };
    const { keyPartId } = verification;
    const where = current.state.keyParts.find((p) => p.partId === keyPartId);
    const foundAt = options.occurredAt ?? new Date().toISOString();
    const e = current.state;
    const facts = {
      sector: e.sector,
      regionCode: e.regionCode,
      departmentCode: e.departmentCode,
      enterpriseName: e.name,
      enterpriseCreditCode: e.creditCode,
      location: where ? `${where.name}（${where.location}）` : e.address,
      source: 'DEPARTMENT_INSPECTION' as const,
      foundAt,
    };
    const drafts = findings.map((f) => findingDraft(f, facts));
    this.findings.check(principal, drafts);
    const { state, events, commandId } = await this.execute(principal, request, creditCode, command, options);
    const version = events.find((ev) => ev.type === 'EnterpriseVerifiedOnSite' && commandIdOf(ev) === commandId)?.version ?? state.version;
    const reference = `enterprise-${state.id}${keyPartId ? `/${keyPartId}` : ''}@${version}`;
    const hazards = await this.findings.start(principal, request, drafts, { kind: 'SITE_VERIFICATION', reference, majorHazardSourceId: null }, options.idempotencyKey ?? commandId);
    return { state, events, hazards };
  }

  find(principal: Principal, creditCode: string, asOf?: { at: string; basis: 'RECORDED' | 'OCCURRED' }): Promise<{ state: EnterpriseState; events: StoredEvent[] } | null> {
    return this.streams.find(ENTERPRISE, creditCode.trim().toUpperCase(), (state) => this.assertVisible(principal, state), asOf);
  }

  /** Enterprises and key units inside the caller's regions × departments (auditors see all). */
  list(principal: Principal, filter: EnterpriseFilter): Promise<EnterpriseState[]> {
    return listEnterprises(this.db, { ...filter, scope: readScope(principal) });
  }

  /** The major hazard sources registered under this enterprise's credit code, as the caller may see them, their patrols judged now. */
  async sourcesOf(principal: Principal, enterprise: EnterpriseState): Promise<SourceView[]> {
    const now = Date.now();
    const [all, patrol] = await Promise.all([this.sources.list(principal, { regionCode: null }), this.sources.patrolContext()]);
    return all.filter((s) => s.enterpriseCreditCode === enterprise.creditCode).map((state) => ({ state, events: null, patrol, now }));
  }

  /**
   * Per region × sector: enterprises, key units by colour, key parts, major hazard sources by level,
   * and how many of each were verified on site. A source takes its sector from its registered
   * enterprise (by credit code), else hazardous chemicals (GB 18218 is about them).
   */
  async overview(principal: Principal, filter: { regionCode?: string | null; sector?: string | null }): Promise<RegisterOverviewRow[]> {
    const enterprises = await this.list(principal, { regionCode: filter.regionCode, sector: filter.sector });
    const sectorOf = new Map(enterprises.map((e) => [e.creditCode, e.sector]));
    const sources = (await this.sources.list(principal, { regionCode: filter.regionCode })).map((s: SourceState) => ({
      s,
      sector: (s.enterpriseCreditCode && sectorOf.get(s.enterpriseCreditCode)) || ('HAZARDOUS_CHEMICALS' as const),
    }));
    const patrol = await this.sources.patrolContext();
    const now = Date.now();
    const rows = new Map<string, RegisterOverviewRow>();
    const row = (regionCode: string, sector: Sector) => {
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

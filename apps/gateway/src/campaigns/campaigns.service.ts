import { Inject, Injectable } from '@nestjs/common';
import {
  type CampaignCommand,
  type CampaignState,
  type CampaignUnitFacts,
  type CampaignUnitMeasures,
  DomainError,
  campaignUnitMeasures,
  mayRead,
} from '@hazard/domain';
import { type Db, readStream, streamIdsOfType, foldStream } from '@hazard/event-store';
import { type HazardCoverage, findHazardState, hazardCoverage, CAMPAIGN } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';
import { OversightService } from '../oversight/oversight.service';
import { ReferenceDataService } from '../reference/reference-data.service';
import { SourcesService } from '../sources/sources.service';

export interface CampaignProgress {
  campaign: CampaignState;
  meetings: number;
  supervisionRounds: number;
  leaderLedRounds: number;
  covertRounds: number;
  supervisionFindings: number;
  listedMajorHazards: number;
  listedMajorHazardsRectified: number;
  penaltyCases: number;
  hazardsFound: number;
  hazardsRectified: number;
  /** Rectified ÷ found within the campaign's period and scope, in percent (null when nothing was found). */
  rectificationRate: number | null;
  /** Hazards found per region × sector of the campaign's scope, in its period. */
  coverage: HazardCoverage[];
  /** Regions × sectors of the campaign's scope where no hazard was found yet (nobody looked, or all is well). */
  uncovered: { regionCode: string; sector: string }[];
  /** The four measures per district and department. */
  units: CampaignUnitMeasures[];
}

/** Campaigns (专项行动) and their four measures; the committee office runs them, auditors read them. */
@Injectable()
export class CampaignsService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly oversight: OversightService,
    private readonly sources: SourcesService,
    private readonly reference: ReferenceDataService,
  ) {
    this.streams = new DirectStreams(db);
  }

  async execute(principal: Principal, request: RequestInfo, id: string, command: CampaignCommand, options: StreamCommandOptions) {
    const result = await this.run(principal, request, id, command, options);
    // A campaign is a major event: responsible persons patrol before it, so every source's alarm is recomputed.
    if (command.type === 'CreateCampaign') await this.sources.wakeAllPatrolClocks();
    return result;
  }

  private run(principal: Principal, request: RequestInfo, id: string, command: CampaignCommand, options: StreamCommandOptions) {
    return this.streams.execute(CAMPAIGN, {
      principal,
      request,
      id,
      command,
      options,
      assertVisible: (s) => this.assertVisible(principal, s),
      resolve: async (_state, c) => {
        if (c.type === 'CreateCampaign') return { ...c, data: { ...c.data, campaignId: id } };
        if (c.type === 'RecordSpecialMeeting' && c.data.heldBy?.kind === 'DEPARTMENT') {
          const code = c.data.heldBy.code;
          const departments = await this.reference.departments();
          if (!departments.some((d) => d.code === code)) {
            throw new DomainError('BAD_USER_INPUT', `heldBy.code: unknown department ${code}; use one of ${departments.map((d) => d.code).join(', ')}`, 'heldBy.code');
          }
        }
        if (c.type === 'AddSupervisionRound') {
          const found = typeof c.data.oversightId === 'string' ? await this.oversight.find(principal, c.data.oversightId).catch(() => null) : null;
          return { ...c, data: { ...c.data, kind: found?.state.kind ?? null } };
        }
        if (c.type === 'AddListedHazard') {
          const hazard = typeof c.data.hazardId === 'string' && /^[0-9a-f-]{36}$/.test(c.data.hazardId) ? await findHazardState(this.db, c.data.hazardId) : null;
          const visible = hazard && mayRead(principal.roles, principal, hazard.regionCode, hazard.departmentCode);
          return { ...c, data: { ...c.data, level: visible ? hazard.level : null, listed: Boolean(visible && hazard.listing) } };
        }
        return c;
      },
    });
  }

  async find(principal: Principal, id: string): Promise<CampaignState | null> {
    return (await this.streams.find(CAMPAIGN, id, (s) => this.assertVisible(principal, s)))?.state ?? null;
  }

  async list(principal: Principal): Promise<CampaignState[]> {
    this.assertReader(principal);
    const ids = await streamIdsOfType(this.db, 'campaign');
    const states = await Promise.all(ids.map(async (streamId) => foldStream(CAMPAIGN, await readStream(this.db, streamId))));
    return states.filter((s): s is CampaignState => s !== null).sort((a, b) => (a.from < b.from ? 1 : -1));
  }

  /** The dashboard: each measure's figures and the coverage of the campaign's regions × sectors. */
  async progress(principal: Principal, id: string): Promise<CampaignProgress | null> {
    const campaign = await this.find(principal, id);
    if (!campaign) return null;
    // The period in Beijing time: from 00:00 on `from` to 24:00 on `to`.
    const start = new Date(Date.parse(`${campaign.from}T00:00:00+08:00`));
    const end = new Date(Date.parse(`${campaign.to}T00:00:00+08:00`) + 86_400_000);
    const coverage = await hazardCoverage(this.db, { from: start, until: end, regions: campaign.regions, sectors: campaign.sectors });
    const covered = new Set(coverage.map((c) => `${c.regionCode}|${c.sector}`));
    const uncovered = campaign.regions.flatMap((regionCode) => campaign.sectors.filter((sector) => !covered.has(`${regionCode}|${sector}`)).map((sector) => ({ regionCode, sector })));
    const rounds = (await Promise.all(campaign.supervisionRounds.map((o) => this.oversight.find(principal, o).catch(() => null)))).flatMap((f) =>
      f && f.state.kind === 'SUPERVISION' ? [f.state] : [],
    );
    const listed = await Promise.all(campaign.listedHazards.map((h) => findHazardState(this.db, h)));
    // the oversights the rounds and penalty cases name, as the unit table reads them
    const caseOversights = await Promise.all(
      campaign.penaltyCases.flatMap((c) => (c.oversightId ? [c.oversightId] : [])).map((o) => this.oversight.find(principal, o).catch(() => null)),
    );
    const oversights: CampaignUnitFacts['oversights'] = new Map(
      [...rounds, ...caseOversights.flatMap((f) => (f ? [f.state] : []))].map((o) => [
        o.id,
        o.kind === 'SUPERVISION'
          ? { kind: 'SUPERVISION' as const, target: { kind: o.target.kind === 'DEPARTMENT' ? ('DEPARTMENT' as const) : ('DISTRICT' as const), code: o.target.code } }
          : { kind: 'INSPECTION' as const, regionCode: o.enterprise.regionCode, departmentCode: o.body.departmentCode },
      ]),
    );
    const units = campaignUnitMeasures({
      campaign,
      oversights,
      listedHazards: listed.flatMap((h) => (h ? [{ regionCode: h.regionCode, departmentCode: h.departmentCode, rectified: h.status === 'RECTIFIED' }] : [])),
      departments: await this.reference.departments(),
      coverage,
    });
    const found = coverage.reduce((n, c) => n + c.found, 0);
    const rectified = coverage.reduce((n, c) => n + c.rectified, 0);
    return {
      campaign,
      meetings: campaign.meetings.length,
      supervisionRounds: rounds.length,
      leaderLedRounds: rounds.filter((r) => r.leaderLed).length,
      covertRounds: rounds.filter((r) => r.method === 'COVERT' || r.method === 'FOUR_NOS_TWO_DIRECTS').length,
      supervisionFindings: rounds.reduce((n, r) => n + r.findings.length, 0),
      listedMajorHazards: campaign.listedHazards.length,
      listedMajorHazardsRectified: listed.filter((h) => h?.status === 'RECTIFIED').length,
      penaltyCases: campaign.penaltyCases.length,
      hazardsFound: found,
      hazardsRectified: rectified,
      rectificationRate: found === 0 ? null : Math.round((rectified / found) * 1000) / 10,
      coverage,
      uncovered,
      units,
    };
  }

  private assertReader(principal: Principal): void {
    if (!principal.roles.includes('COMMITTEE_OFFICE') && !principal.roles.includes('AUDITOR')) {
      throw new DomainError('FORBIDDEN', 'campaigns are the committee office’s (auditors read them)');
    }
  }

  private assertVisible(principal: Principal, _state: CampaignState): void {
    this.assertReader(principal);
  }
}

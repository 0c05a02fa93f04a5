import { Injectable } from '@nestjs/common';
import { type ResourceCommand, type ResourceState, type TeamType, resourceReady } from '@hazard/domain';
import { RESOURCE } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DutyRecordsService } from './duty-records.service';

interface EmergencyResourceQuery {
  regionCode?: string | null;
  kind?: 'TEAM' | 'DEPOT' | null;
  teamType?: TeamType | null;
  /** Holding this GB/T 38565 code, or a code starting with it. */
  supplyCode?: string | null;
  ready?: boolean | null;
}

/** Rescue teams and depots (应急队伍, 物资储备库) with their equipment or supplies, and whether each is ready. */
@Injectable()
export class EmergencyResourcesService {
  constructor(private readonly records: DutyRecordsService) {}

  execute(principal: Principal, request: RequestInfo, resourceId: string, command: ResourceCommand, options: StreamCommandOptions) {
    return this.records.execute(RESOURCE, principal, request, resourceId, command, options);
  }

  /** Teams and depots in scope by region, kind, team type, supply code and readiness on `today` (a Beijing date). */
  async list(principal: Principal, filter: EmergencyResourceQuery, today: string): Promise<ResourceState[]> {
    const all = await this.records.list(principal, { kinds: filter.kind ? [filter.kind] : ['TEAM', 'DEPOT'], regionCode: filter.regionCode });
    return all
      .filter((r) => !filter.teamType || r.teamType === filter.teamType)
      .filter((r) => !filter.supplyCode || r.stock.some((l) => l.code.startsWith(filter.supplyCode as string)))
      .filter((r) => filter.ready === undefined || filter.ready === null || resourceReady(r, today) === filter.ready);
  }
}

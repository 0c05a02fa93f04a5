import { Injectable } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { DomainError, type HazardLevel, type HazardOrigin, type ReportHazardData, type Sector, validateCommand } from '../../../../libs/domain/src';
import type { Principal, RequestInfo } from '../auth/principal';
import { HazardLevelEnum, SectorEnum } from '../common/enums';
import { RectificationOrderInput, rectificationOrderOf } from '../hazards/dto/report-hazard.input';
import { HazardCommandsService } from '../hazards/hazard-commands.service';
import { toHazardModel, viewFor } from '../hazards/hazard.mapper';
import type { HazardModel } from '../hazards/models/hazard.model';

@InputType('HazardFindingInput', { description: 'A hazard found on a patrol, a site verification or an inspection: it becomes a hazard in the same step' })
export class HazardFindingInput {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => HazardLevelEnum) level!: HazardLevel;
  @Field(() => SectorEnum, { nullable: true, description: 'Default: the sector of what was examined' }) sector?: Sector | null;
  @Field(() => String, { nullable: true }) judgementBasis?: string | null;
  @Field(() => RectificationOrderInput, { nullable: true, description: 'The order issued on the spot: its deadline becomes the hazard’s' }) rectificationOrder?: RectificationOrderInput | null;
}

export type HazardDraft = Omit<ReportHazardData, 'hazardId' | 'code'>;

export { rectificationOrderOf };

/**
 * Findings that become hazards. Every finding is checked as a hazard report before the record that
 * found it is written (a bad one refuses the whole command, naming `findings[i]`); the hazards are
 * then started with keys derived from that command's key, so a retry starts each one once.
 */
@Injectable()
export class FindingsService {
  constructor(private readonly hazards: HazardCommandsService) {}

  check(principal: Principal, drafts: readonly HazardDraft[], field = 'findings'): void {
    const meta = { commandId: 'check', actor: { sub: principal.sub, name: principal.name, roles: principal.roles }, now: new Date().toISOString() };
    drafts.forEach((data, i) => {
      try {
        validateCommand({ type: 'ReportHazard', data: { ...data, hazardId: 'pending', code: 'PENDING' } }, meta);
      } catch (err) {
        if (err instanceof DomainError) throw new DomainError(err.code, `${field}[${i}].${err.message}`, err.field ? `${field}[${i}].${err.field}` : undefined);
        throw err;
      }
    });
  }

  async start(principal: Principal, request: RequestInfo, drafts: readonly HazardDraft[], origin: HazardOrigin, batchKey: string): Promise<HazardModel[]> {
    const models: HazardModel[] = [];
    for (const [i, data] of drafts.entries()) {
      const state = await this.hazards.report(principal, { ...data, origin, idempotencyKey: `${batchKey}#finding-${i}` }, request);
      models.push(toHazardModel(state, new Date(), viewFor(principal)));
    }
    return models;
  }
}

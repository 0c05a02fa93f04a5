import { Injectable } from '@nestjs/common';
import { DomainError, type HazardLevel, type HazardOrigin, type HazardState, type ReportHazardData, type Sector, validateCommand } from '@hazard/domain';
import type { Principal, RequestInfo } from '../auth/principal';
import { rectificationOrderOf } from '../hazards/dto/report-hazard.input';
import { HazardCommandsService } from '../hazards/hazard-commands.service';

type HazardDraft = Omit<ReportHazardData, 'hazardId' | 'code'>;

/** A hazard as its finder describes it; the record that was examined supplies the rest (where, whose). */
export interface Finding {
  title: string;
  description: string;
  level: HazardLevel;
  /** Default: the sector of what was examined. */
  sector?: Sector | null;
  judgementBasis?: string | null;
  rectificationOrder?: { documentNumber?: string | null; deadline: string } | null;
}

/** What the examined record says about a finding: the hazard report's facts besides the finder's words. */
type FindingFacts = Omit<HazardDraft, 'title' | 'description' | 'level' | 'judgementBasis' | 'rectificationOrder'>;

/** The hazard report a finding makes: the finder's words over the examined record's facts. */
export function findingDraft(f: Finding, facts: FindingFacts): HazardDraft {
  return {
    title: f.title,
    description: f.description,
    level: f.level,
    sector: f.sector ?? facts.sector,
    regionCode: facts.regionCode,
    departmentCode: facts.departmentCode,
    enterpriseName: facts.enterpriseName,
    enterpriseCreditCode: facts.enterpriseCreditCode,
    location: facts.location,
    judgementBasis: f.judgementBasis ?? null,
    ...rectificationOrderOf(f),
    source: facts.source,
    foundAt: facts.foundAt,
  };
}

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

  async start(principal: Principal, request: RequestInfo, drafts: readonly HazardDraft[], origin: HazardOrigin, batchKey: string): Promise<HazardState[]> {
    const states: HazardState[] = [];
    for (const [i, data] of drafts.entries()) {
      states.push(await this.hazards.report(principal, { ...data, origin, idempotencyKey: `${batchKey}#finding-${i}` }, request));
    }
    return states;
  }
}

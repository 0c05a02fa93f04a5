import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type HazardState, hazardStreamId, mayReadHazard } from '@hazard/domain';
import { type StreamVerification, checkpointContext, findCheckpoint, verifyHazardRecord } from '@hazard/audit';
import { type Db, type StoredEvent, foldHazardRows, readStreamRows, sameJson, toStoredEvent } from '@hazard/event-store';
import { type HazardFilter, type HazardPage, countHazards, findHazardPage, type HazardCount, findHazardState, HAZARD_COUNT_CAP } from '@hazard/read-models';
import { hazardWorkflowId, stateQuery } from '@hazard/contracts';
import type { Principal } from '../auth/principal';
import type { Client } from '@temporalio/client';
import { AUDIT_PUBLIC_KEY } from '../infrastructure/audit-key.provider';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Injectable()
export class HazardQueriesService {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(AUDIT_PUBLIC_KEY) private readonly auditPublicKey: string | null,
  ) {}

  /** A hazard the caller may see, or NOT_FOUND: an id outside one's scope reveals nothing. */
  async get(principal: Principal, hazardId: string): Promise<HazardState> {
    const state = await findHazardState(this.db, hazardId);
    if (!state || !mayReadHazard(principal.roles, principal, state)) {
      throw new DomainError('NOT_FOUND', `no hazard ${hazardId} that you may see`);
    }
    return state;
  }

  async page(
    principal: Principal,
    filter: HazardFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    offset?: number | null,
  ): Promise<HazardPage & { count: () => Promise<HazardCount> }> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw new DomainError('BAD_USER_INPUT', `first: must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
    }
    // random access reaches as far as a list is counted; past it a client narrows its filter (README "Console")
    if (offset != null && (!Number.isInteger(offset) || offset < 0 || offset > HAZARD_COUNT_CAP)) {
      throw new DomainError('BAD_USER_INPUT', `offset: must be between 0 and ${HAZARD_COUNT_CAP}`, 'offset');
    }
    const scope = principal.roles.includes('AUDITOR') ? null : principal;
    const now = new Date();
    const page = await findHazardPage(this.db, { filter, scope, first: size, after, offset: offset ?? 0, now });
    // Counted only if the client asks for totalCount (once, however many count fields it asks for).
    let counted: Promise<HazardCount> | null = null;
    return { ...page, count: () => (counted ??= countHazards(this.db, { filter, scope, now })) };
  }

  async history(principal: Principal, hazardId: string): Promise<StoredEvent[]> {
    const state = await this.get(principal, hazardId);
    return (await readStreamRows(this.db, hazardStreamId(state.id))).map(toStoredEvent);
  }

  /** The state as the record stood at `at`: the same fold the workflow uses, over events recorded (or occurred) by then. */
  async asOf(principal: Principal, hazardId: string, at: string, basis: 'RECORDED' | 'OCCURRED'): Promise<HazardState | null> {
    const state = await this.get(principal, hazardId);
    const until = new Date(at);
    const rows = await readStreamRows(this.db, hazardStreamId(state.id), basis === 'OCCURRED' ? { occurredUntil: until } : { recordedUntil: until });
    return foldHazardRows(rows);
  }

  /**
   * The auditor's check of one hazard: chain, stream head, fold against the read model, the last
   * signed checkpoint, and the live workflow's own state.
   */
  async verify(principal: Principal, hazardId: string): Promise<StreamVerification & { matchesWorkflow: boolean | null }> {
    const state = await this.get(principal, hazardId);
    const context = await checkpointContext(this.db, await findCheckpoint(this.db), this.auditPublicKey);
    const result = await verifyHazardRecord(this.db, state.id, context);
    let matchesWorkflow: boolean | null = null;
    try {
      const live = await this.temporal.withDeadline(Date.now() + 5_000, () =>
        this.temporal.workflow.getHandle(hazardWorkflowId(state.id)).query(stateQuery),
      );
      matchesWorkflow = result.folded !== null && sameJson(live, result.folded);
    } catch {
      // A closed workflow past its retention, or no worker to answer: the record stands on its own.
    }
    if (matchesWorkflow === false) {
      result.ok = false;
      result.reasons.push('the live workflow holds a different state than the fold of the stored events');
    }
    return { ...result, matchesWorkflow };
  }
}

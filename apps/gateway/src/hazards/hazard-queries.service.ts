import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type HazardState, hazardStreamId, mayRead } from '../../../../libs/domain/src';
import {
  type ChainVerification,
  type Db,
  type HazardFilter,
  type HazardPage,
  type StoredEvent,
  findHazardPage,
  findHazardState,
  foldHazardRows,
  readStreamRows,
  sameJson,
  toStoredEvent,
  verifyChain,
} from '../../../../libs/event-store/src';
import type { Principal } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Injectable()
export class HazardQueriesService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  /** A hazard the caller may see, or NOT_FOUND: an id outside one's scope reveals nothing. */
  async get(principal: Principal, hazardId: string): Promise<HazardState> {
    const state = await findHazardState(this.db, hazardId);
    if (!state || !mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) {
      throw new DomainError('NOT_FOUND', `no hazard ${hazardId} that you may see`);
    }
    return state;
  }

  async page(principal: Principal, filter: HazardFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<HazardPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      throw new DomainError('BAD_USER_INPUT', `first: must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
    }
    const scope = principal.roles.includes('AUDITOR') ? null : principal;
    return findHazardPage(this.db, { filter, scope, first: size, after, now: new Date() });
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

  async verify(principal: Principal, hazardId: string): Promise<ChainVerification & { matchesReadModel: boolean }> {
    const state = await this.get(principal, hazardId);
    const streamId = hazardStreamId(state.id);
    const rows = await readStreamRows(this.db, streamId);
    const chain = verifyChain(streamId, rows);
    const head = await this.db.selectFrom('streams').select(['version', 'head_hash']).where('stream_id', '=', streamId).executeTakeFirst();
    let folded: HazardState | null = null;
    let foldError: string | null = null;
    try {
      folded = foldHazardRows(rows);
    } catch (err) {
      foldError = (err as Error).message;
    }
    const matchesReadModel = folded !== null && sameJson(folded, state);
    const reasons = [chain.reason];
    let ok = chain.ok;
    if (head && (head.version !== rows.length || (rows.length > 0 && head.head_hash !== rows[rows.length - 1].hash))) {
      ok = false;
      reasons.push(`the stream head says version ${head.version} but ${rows.length} events are stored (events removed or added behind the store's back)`);
    }
    if (foldError) {
      ok = false;
      reasons.push(`the events do not fold: ${foldError}`);
    }
    if (!matchesReadModel) {
      ok = false;
      reasons.push('the read model differs from the fold of the events');
    }
    return { ...chain, ok, matchesReadModel, reason: reasons.join('; ') };
  }
}

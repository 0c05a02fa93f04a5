import { type ExpressionBuilder, sql } from 'kysely';
import { type HazardState, OPEN_STATUSES, PENALTY_KINDS, type PenaltyOnRecord, type Scope, WILDCARD } from '@hazard/domain';
import type { Database, Db } from '@hazard/event-store';

export interface HazardFilter {
  status?: string[] | null;
  level?: string | null;
  sector?: string | null;
  regionCode?: string | null;
  departmentCode?: string | null;
  overdue?: boolean | null;
  search?: string | null;
  /** Where it came from: the kind of finding, or the major hazard source it concerns. */
  originKind?: string | null;
  majorHazardSourceId?: string | null;
  /** What waits for someone: a rectification to verify, an extension to decide. */
  pendingVerification?: boolean | null;
  extensionRequested?: boolean | null;
}

export interface HazardPageRequest {
  filter?: HazardFilter | null;
  /** Restricts rows to these regions × departments; absent means everything (auditors). */
  scope?: Scope | null;
  first: number;
  after?: string | null;
  /**
   * Rows skipped after `after` (or from the top): random access for a scrolling list, which anchors its
   * offsets on its first row's cursor so hazards reported meanwhile do not shift them (README "Console").
   */
  offset?: number;
  now: Date;
}

export interface HazardPage {
  nodes: { cursor: string; state: HazardState }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** How many hazards match, counted exactly up to a cap: past it, `count` is the cap and `capped` is true. */
export interface HazardCount {
  count: number;
  capped: boolean;
}

/** Counting stops here: an exact count of a city's or a province's whole history would read every row. */
export const HAZARD_COUNT_CAP = 10_000;

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

interface CursorKey {
  foundAt: string;
  id: string;
}

export const encodeCursor = (key: CursorKey): string => Buffer.from(JSON.stringify([key.foundAt, key.id])).toString('base64url');

export function decodeCursor(cursor: string): CursorKey {
  try {
    const [foundAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof foundAt !== 'string' || Number.isNaN(Date.parse(foundAt)) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) {
      throw new Error('shape');
    }
    return { foundAt, id };
  } catch {
    throw new InvalidCursorError('after: not a cursor this server gave out');
  }
}

function matches(filter: HazardFilter | null | undefined, scope: Scope | null | undefined, now: Date) {
  return (eb: ExpressionBuilder<Database, 'hazards'>) => {
    const conditions = [];
    if (scope?.creditCode) {
      // an enterprise's scope: its own hazards (README, Security model)
      conditions.push(eb('enterprise_credit_code', '=', scope.creditCode));
    } else if (scope) {
      if (!scope.regions.includes(WILDCARD)) conditions.push(eb('region_code', 'in', scope.regions.length ? [...scope.regions] : ['']));
      if (!scope.departments.includes(WILDCARD)) {
        conditions.push(eb('department_code', 'in', scope.departments.length ? [...scope.departments] : ['']));
      }
    }
    if (filter?.status?.length) conditions.push(eb('status', 'in', filter.status));
    if (filter?.level) conditions.push(eb('level', '=', filter.level));
    if (filter?.sector) conditions.push(eb('sector', '=', filter.sector));
    if (filter?.regionCode) conditions.push(eb('region_code', '=', filter.regionCode));
    if (filter?.departmentCode) conditions.push(eb('department_code', '=', filter.departmentCode));
    if (filter?.overdue === true) {
      conditions.push(eb.and([eb('status', 'in', [...OPEN_STATUSES]), eb('deadline', '<', now)]));
    } else if (filter?.overdue === false) {
      conditions.push(eb.or([eb('status', 'not in', [...OPEN_STATUSES]), eb('deadline', 'is', null), eb('deadline', '>=', now)]));
    }
    if (filter?.originKind) conditions.push(eb('origin_kind', '=', filter.originKind));
    if (filter?.majorHazardSourceId) conditions.push(eb('origin_source_id', '=', filter.majorHazardSourceId));
    if (typeof filter?.pendingVerification === 'boolean') conditions.push(eb('pending_verification', '=', filter.pendingVerification));
    if (typeof filter?.extensionRequested === 'boolean') {
      const waiting = sql<boolean>`coalesce(jsonb_typeof(state->'extensionRequest') = 'object', false)`;
      conditions.push(filter.extensionRequested ? eb(waiting, '=', true) : eb(waiting, '=', false));
    }
    if (filter?.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        eb.or([eb('title', 'ilike', pattern), eb('enterprise_name', 'ilike', pattern), eb('code', 'ilike', pattern)]),
      );
    }
    return eb.and(conditions);
  };
}

/**
 * Newest finding first; Relay cursors on (found_at, id), so pages stay stable while rows arrive. The page
 * reads its own rows (and one more, to know whether there is a next page) and counts nothing: the count
 * is `countHazards`, asked for only when a client wants it.
 */
export async function findHazardPage(db: Db, request: HazardPageRequest): Promise<HazardPage> {
  let query = db.selectFrom('hazards').select(['id', 'found_at', 'state']).where(matches(request.filter, request.scope, request.now));
  if (request.after) {
    const key = decodeCursor(request.after);
    query = query.where(sql<boolean>`(found_at, id) < (${key.foundAt}::timestamptz, ${key.id}::uuid)`);
  }
  const ordered = query.orderBy('found_at', 'desc').orderBy('id', 'desc').limit(request.first + 1);
  const rows = await (request.offset ? ordered.offset(request.offset) : ordered).execute();
  const nodes = rows.slice(0, request.first).map((row) => ({
    cursor: encodeCursor({ foundAt: new Date(row.found_at).toISOString(), id: row.id }),
    state: row.state,
  }));
  return { nodes, hasNextPage: rows.length > request.first, endCursor: nodes.length ? nodes[nodes.length - 1].cursor : null };
}

/** The matching hazards, counted exactly up to `cap` (it reads at most cap + 1 index entries or rows). */
export async function countHazards(db: Db, request: Omit<HazardPageRequest, 'first' | 'after' | 'offset'>, cap = HAZARD_COUNT_CAP): Promise<HazardCount> {
  const limited = db
    .selectFrom('hazards')
    .select(sql<number>`1`.as('one'))
    .where(matches(request.filter, request.scope, request.now))
    .limit(cap + 1)
    .as('limited');
  const { n } = await db
    .selectFrom(limited)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(n);
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}

export async function findHazardState(db: Db, hazardId: string): Promise<HazardState | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(hazardId)) return null;
  const row = await db.selectFrom('hazards').select('state').where('id', '=', hazardId).executeTakeFirst();
  return row?.state ?? null;
}

/**
 * Administrative penalties on the same enterprise's other hazards within the last year (by credit code, else by
 * name), with their decision numbers: the closure rule of the Work Safety Law (art. 113) counts each decision once.
 */
export async function enterprisePenalties(db: Db, hazard: HazardState, nowMs: number): Promise<PenaltyOnRecord[]> {
  let query = db.selectFrom('hazards').select('state').where('id', '!=', hazard.id);
  query = hazard.enterpriseCreditCode
    ? query.where('enterprise_credit_code', '=', hazard.enterpriseCreditCode)
    : query.where('enterprise_name', '=', hazard.enterpriseName);
  const rows = await query.execute();
  const since = nowMs - 366 * 86_400_000;
  return rows
    .flatMap((r) => r.state.enforcement)
    .filter((a) => PENALTY_KINDS.includes(a.kind) && Date.parse(a.at) > since)
    .map((a) => ({ at: a.at, kind: a.kind, decisionNumber: a.decisionNumber }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

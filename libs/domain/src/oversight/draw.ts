import { badInput } from '../shared/errors';
import { requiredText } from '../shared/validation';
import { MIN_INSPECTORS } from './commands';

// Random draws (双随机一公开): which enterprises are inspected and by whom, reproducible from the
// pools and a seed, respecting declared conflicts of interest and the annual cap.

export interface DrawInput {
  seed: string;
  enterprises: { id: string; inspectionsThisYear?: number }[];
  inspectors: { id: string; certificateNo: string }[];
  /** Declared conflicts: this inspector may not inspect this enterprise. */
  conflicts: { inspectorId: string; enterpriseId: string }[];
  count: number;
  inspectorsPerEnterprise: number;
  annualCap: number | null;
}

export interface DrawResult {
  assignments: { enterpriseId: string; inspectorIds: string[] }[];
  /** Drawn but without enough inspectors free of conflicts: not inspected, and said so. */
  unassigned: string[];
  /** At or over the annual cap: left out of the pool. */
  capped: string[];
}

/** FNV-1a, 32 bits: turns the seed text into the generator's state. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of seed) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast and fully determined by its seed. */
function generator(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function uniqueIds<T extends { id: string }>(field: string, items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.map((item, i) => {
    const id = requiredText(`${field}[${i}].id`, item?.id, { max: 64 });
    if (seen.has(id)) throw badInput(`${field}[${i}].id`, `${id} is listed twice`);
    seen.add(id);
    return { ...item, id };
  });
}

/**
 * The draw. Pools are sorted by id first, so the same pools in any order with the same seed give
 * the same result; each drawn enterprise gets inspectors in a freshly shuffled order, skipping
 * declared conflicts; an inspector is not given a second enterprise before everyone has one.
 */
export function drawRandomInspections(input: DrawInput): DrawResult {
  const seed = requiredText('seed', input.seed, { max: 128 });
  const enterprises = uniqueIds('enterprises', input.enterprises).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const inspectors = uniqueIds('inspectors', input.inspectors).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  inspectors.forEach((p, i) => requiredText(`inspectors[${i}].certificateNo`, p.certificateNo, { max: 32 }));
  if (!Number.isInteger(input.count) || input.count < 1) throw badInput('count', 'must be a whole number, 1 or more');
  if (!Number.isInteger(input.inspectorsPerEnterprise) || input.inspectorsPerEnterprise < MIN_INSPECTORS) {
    throw badInput('inspectorsPerEnterprise', `must be at least ${MIN_INSPECTORS}`);
  }
  const conflicts = new Set((input.conflicts ?? []).map((c) => `${c.inspectorId}\u0000${c.enterpriseId}`));
  const cap = input.annualCap;
  const capped = cap === null ? [] : enterprises.filter((e) => (e.inspectionsThisYear ?? 0) >= cap).map((e) => e.id);
  const eligible = enterprises.filter((e) => !capped.includes(e.id));

  const random = generator(seed);
  const chosen = shuffle(eligible, random).slice(0, input.count);
  const load = new Map(inspectors.map((p) => [p.id, 0]));
  const assignments: DrawResult['assignments'] = [];
  const unassigned: string[] = [];
  for (const enterprise of chosen) {
    const order = shuffle(inspectors, random)
      .filter((p) => !conflicts.has(`${p.id}\u0000${enterprise.id}`))
      .sort((a, b) => (load.get(a.id) as number) - (load.get(b.id) as number)); // stable: keeps the shuffled order within a load
    if (order.length < input.inspectorsPerEnterprise) {
      unassigned.push(enterprise.id);
      continue;
    }
    const team = order.slice(0, input.inspectorsPerEnterprise).map((p) => p.id);
    for (const id of team) load.set(id, (load.get(id) as number) + 1);
    assignments.push({ enterpriseId: enterprise.id, inspectorIds: team });
  }
  return { assignments, unassigned, capped };
}

// A recorded draw: its pools, seed and result, so anyone can re-run it and get the same answer.
export interface DrawRecord {
  drawId: string;
  title: string;
  bodyCode: string;
  input: DrawInput;
  result: DrawResult;
}

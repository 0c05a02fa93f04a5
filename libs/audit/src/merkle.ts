import { createHash } from 'node:crypto';

/**
 * A Merkle tree over stream heads, as RFC 9162 (Certificate Transparency v2) defines it:
 * leaf = SHA-256(0x00 ‖ leaf data), node = SHA-256(0x01 ‖ left ‖ right), split at the largest
 * power of two below n. The distinct prefixes keep a leaf from passing for a node.
 */
export interface StreamHead {
  streamId: string;
  version: number;
  headHash: string;
}

const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};

export const leafData = (head: StreamHead): Buffer => Buffer.from(`${head.streamId}\n${head.version}\n${head.headHash}`, 'utf8');
export const leafHash = (head: StreamHead): Buffer => sha256(Buffer.from([0]), leafData(head));
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

const EMPTY_ROOT = createHash('sha256').digest();

const split = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

function rootOf(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** Heads sorted by stream id: the order every party uses. */
export const sortHeads = (heads: readonly StreamHead[]): StreamHead[] =>
  [...heads].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));

export function merkleRoot(sortedHeads: readonly StreamHead[]): string {
  return rootOf(sortedHeads.map(leafHash)).toString('hex');
}

function path(index: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...path(index, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...path(index - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
}

export interface InclusionProof {
  index: number;
  treeSize: number;
  /** Sibling hashes from the leaf up (hex). */
  path: string[];
}

export function inclusionProof(sortedHeads: readonly StreamHead[], index: number): InclusionProof {
  if (index < 0 || index >= sortedHeads.length) throw new Error(`no leaf ${index} in a tree of ${sortedHeads.length}`);
  return { index, treeSize: sortedHeads.length, path: path(index, sortedHeads.map(leafHash)).map((b) => b.toString('hex')) };
}

/** RFC 9162 §2.1.3.2: recompute the root from a leaf and its audit path. */
export function verifyInclusion(head: StreamHead, proof: InclusionProof, root: string): boolean {
  if (proof.index >= proof.treeSize) return false;
  let fn = proof.index;
  let sn = proof.treeSize - 1;
  let r = leafHash(head);
  for (const hex of proof.path) {
    const p = Buffer.from(hex, 'hex');
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.toString('hex') === root;
}

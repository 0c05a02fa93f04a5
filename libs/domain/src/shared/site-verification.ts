import { badInput } from './errors';
import { evidenceHashes, oneOf, optionalText, requiredText } from './validation';

/** 现场核查 results: consistent with the register, inconsistent, a new source found, to be deregistered. */
export const SITE_RESULTS = ['CONSISTENT', 'INCONSISTENT', 'NEW', 'TO_DEREGISTER'] as const;
export type SiteResult = (typeof SITE_RESULTS)[number];
/** A site verification is made by at least this many verifiers. */
export const MIN_SITE_VERIFIERS = 2;

export interface SiteVerification {
  verifiers: { name: string; unit: string | null }[];
  result: SiteResult;
  discrepancies: string[];
  evidenceHashes: string[];
}

/**
 * Checks a site verification (现场核查) of anything in the register: at least two different verifiers,
 * a result, the discrepancies an inconsistent result must name, and evidence digests. Major hazard
 * sources and enterprises (and their key parts) are verified the same way.
 */
export function siteVerification(d: SiteVerification): SiteVerification {
  const verifiers = (Array.isArray(d.verifiers) ? d.verifiers : []).map((v, i) => ({
    name: requiredText(`verifiers[${i}].name`, v?.name, { max: 100 }),
    unit: optionalText(`verifiers[${i}].unit`, v?.unit, { max: 100 }),
  }));
  if (new Set(verifiers.map((v) => v.name)).size < MIN_SITE_VERIFIERS) throw badInput('verifiers', `a site verification is made by at least ${MIN_SITE_VERIFIERS} different people`);
  const result = oneOf('result', d.result, SITE_RESULTS);
  const discrepancies = (Array.isArray(d.discrepancies) ? d.discrepancies : []).map((x, i) => requiredText(`discrepancies[${i}]`, x, { max: 1000, multiline: true }));
  if (result === 'INCONSISTENT' && discrepancies.length === 0) throw badInput('discrepancies', 'an inconsistent result names what differs from the register');
  return { verifiers, result, discrepancies, evidenceHashes: evidenceHashes('evidenceHashes', d.evidenceHashes) };
}

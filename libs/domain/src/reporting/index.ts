/*
 * The reporting chain (docs/reporting-chain.md): obligations that set who reports by when, and each unit's
 * duty to report, with its reminder, alarm and submission on the record.
 */
export * from './obligation';
export * from './duty';

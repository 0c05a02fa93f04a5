/*
 * Supervision (督查) and administrative inspection (行政检查), kept apart as current practice requires:
 * since 2024 a committee office supervises districts and departments, it does not inspect enterprises;
 * an inspection of an enterprise belongs to a legal enforcement body, names an item of that body's
 * published list, is carried out by at least two certified inspectors and needs an approval. Random
 * draws (双随机) pick the enterprises and inspectors, reproducibly from their pools and a seed.
 */
export * from './commands';
export * from './decide';
export * from './draw';
export * from './events';
export * from './evolve';
export * from './state';

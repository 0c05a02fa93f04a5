/*
 * Emergency resources (应急资源): rescue teams and depots with their equipment and supplies, coded by
 * GB/T 38565-2020 《应急物资分类及编码》 (7 digits, the first 1–3). Readiness is computed from the record:
 * a team is ready with people on duty and a drill within the year; a stock line is ready when it is
 * in good condition, not expired and not empty.
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './state';

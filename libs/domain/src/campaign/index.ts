/*
 * A campaign (专项行动, e.g. the "Two Sessions" campaign) with its period, scope and teams, and the
 * four measures the notice asks for: a special meeting (专题会议), special supervision rounds
 * (专项督查: leader-led, covert and random), a batch of major hazards supervised under listing
 * (挂牌督办), and a batch of violations punished (处罚案件). The progress figures are read from the
 * hazards and the linked records at query time; the campaign's own stream records what was decided.
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './state';
export * from './units';

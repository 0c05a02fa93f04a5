/*
 * The duty desk's rosters (值班表): a published roster covers a period with shifts, and every shift
 * has a person in every role its level requires (a gap refuses the whole roster). Swaps need a second
 * person's approval; presence is recorded on and off post; a handover passes its pending items, which
 * stay open until the incoming shift confirms it. The duty log (值班记录) keeps each call or message
 * the desk received and whom it notified.
 */
export * from './commands';
export * from './decide';
export * from './events';
export * from './evolve';
export * from './rules';
export * from './state';

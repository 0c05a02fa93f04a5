/*
 * The administration data the office maintains beside the events: regions and departments (reference data),
 * escalation policies and the working-day calendar, webhooks, and the versioned rules (duty roles, patrol
 * cadences). Stored in the event store's database; each change recorded with who and when.
 */
export * from './policies';
export * from './reference-data';
export * from './versioned-rules';
export * from './webhooks';
export * from './obligations';

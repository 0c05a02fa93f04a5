import { registerEnumType } from '@nestjs/graphql';

/** How a record is read "as of" a moment, for every query that takes `at` (hazards, sources, enterprises, incidents). */
export enum AsOfBasis {
  RECORDED = 'RECORDED',
  OCCURRED = 'OCCURRED',
}
registerEnumType(AsOfBasis, {
  name: 'AsOfBasis',
  description: 'RECORDED folds the events the system knew by then; OCCURRED those that had happened by then',
});

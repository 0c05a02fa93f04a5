import { DomainError, invalidTransition } from '../shared/errors';
import { type HazardLevel, type HazardStatus, isOpenStatus } from '../shared/reference';
import type { HazardCommandType } from './commands';
import type { HazardState } from './state';

/** Every command but the report that creates a hazard. */
export type ExistingHazardCommand = Exclude<HazardCommandType, 'ReportHazard'>;

/**
 * What the preconditions read of a hazard: the fields a client sees too, so a console asks the same
 * table `decide` does (see commandAvailability).
 */
export interface AvailabilityView {
  status: HazardStatus;
  level: HazardLevel;
  pendingVerification: boolean;
  /** Who submitted the rectification that waits for verification. */
  submittedBy: string | null;
  /** Who asked for the extension that waits for a decision. */
  extensionRequestedBy: string | null;
  /** Who asked for the re-grade that waits for a second person (absent: none). */
  regradeRequestedBy?: string | null;
  /** Whether the hazard is listed (absent: not known, judged by status). */
  listed?: boolean;
}

/** Why a command is not possible now. ROLE comes from the permission table, the rest from the preconditions below. */
export type Blocker =
  | { code: 'ROLE' }
  | { code: 'CLOSED' }
  | { code: 'STATUS'; allowed: HazardStatus[] }
  | { code: 'PENDING_VERIFICATION' }
  | { code: 'NOT_GENERAL' }
  | { code: 'LIST_FIRST' }
  | { code: 'NOTHING_TO_VERIFY' }
  | { code: 'OWN_SUBMISSION' }
  | { code: 'EXTENSION_PENDING' }
  | { code: 'NO_EXTENSION_REQUEST' }
  | { code: 'OWN_REQUEST' }
  | { code: 'MAJOR_ONLY' }
  | { code: 'REGRADE_PENDING' }
  | { code: 'NO_REGRADE_REQUEST' }
  | { code: 'NOT_LISTED' };

/** What the hazard's state (rather than the caller's roles) blocks. */
export type StateBlocker = Exclude<Blocker, { code: 'ROLE' }>;

/** The view `decide` judges a command on: the same fields a client builds from what it sees. */
export const availabilityView = (state: HazardState): AvailabilityView => ({
  status: state.status,
  level: state.level,
  pendingVerification: state.pendingVerification,
  submittedBy: state.submission?.submittedBy.sub ?? null,
  extensionRequestedBy: state.extensionRequest?.requestedBy.sub ?? null,
  regradeRequestedBy: state.regradeRequest?.requestedBy.sub ?? null,
  listed: state.listing !== null,
});

/** One precondition: what it blocks on this view for this actor, or null when it holds. */
type Precondition = (view: AvailabilityView, actorSub: string) => StateBlocker | null;

const inStatus =
  (...allowed: HazardStatus[]): Precondition =>
  (view) =>
    allowed.includes(view.status) ? null : { code: 'STATUS', allowed: [...allowed] };
const notPendingVerification: Precondition = (view) => (view.pendingVerification ? { code: 'PENDING_VERIFICATION' } : null);
/** Only a GENERAL hazard is rectified on the spot; a MAJOR one goes through listing and a plan. */
const generalOnly: Precondition = (view) => (view.level !== 'GENERAL' ? { code: 'NOT_GENERAL' } : null);
/** A MAJOR hazard is listed (挂牌) before it is supervised. */
const listedIfMajor: Precondition = (view) => (view.status === 'FOUND' && view.level === 'MAJOR' ? { code: 'LIST_FIRST' } : null);
const awaitingVerification: Precondition = (view) => (view.pendingVerification ? null : { code: 'NOTHING_TO_VERIFY' });
/** Four eyes: whoever submitted a rectification does not verify it. */
const notOwnSubmission: Precondition = (view, actorSub) => (view.submittedBy === actorSub ? { code: 'OWN_SUBMISSION' } : null);
/** One extension request waits at a time. */
const noExtensionPending: Precondition = (view) => (view.extensionRequestedBy !== null ? { code: 'EXTENSION_PENDING' } : null);
const extensionRequested: Precondition = (view) => (view.extensionRequestedBy === null ? { code: 'NO_EXTENSION_REQUEST' } : null);
/** Four eyes: whoever requested an extension does not decide it. */
const notOwnRequest: Precondition = (view, actorSub) => (view.extensionRequestedBy === actorSub ? { code: 'OWN_REQUEST' } : null);
/** Before listing, operations are suspended only for a MAJOR hazard that cannot be kept safe. */
const majorIfFound: Precondition = (view) => (view.status === 'FOUND' && view.level !== 'MAJOR' ? { code: 'MAJOR_ONLY' } : null);
/** Only a listing can be raised. */
const listedOnly: Precondition = (view) => (view.listed === false ? { code: 'NOT_LISTED' } : null);
const noRegradePending: Precondition = (view) => (view.regradeRequestedBy ? { code: 'REGRADE_PENDING' } : null);
const regradeRequested: Precondition = (view) => (view.regradeRequestedBy ? null : { code: 'NO_REGRADE_REQUEST' });
/** Four eyes: whoever asked for a re-grade does not approve it. */
const notOwnRegrade: Precondition = (view, actorSub) => (view.regradeRequestedBy === actorSub ? { code: 'OWN_REQUEST' } : null);

/**
 * The preconditions of each command on an open hazard, in the order they are checked: the first
 * that fails is the answer. `decide` throws it (hazardRefusal) and `commandAvailability` shows it,
 * so the two cannot disagree. Rules about the command's data (a deadline after the finding, a
 * rostered monitor) are not here: they are validation's, and come after.
 */
export const HAZARD_PRECONDITIONS: Readonly<Record<ExistingHazardCommand, readonly Precondition[]>> = {
  ListHazard: [inStatus('FOUND'), notPendingVerification],
  SuperviseHazard: [notPendingVerification, listedIfMajor, inStatus('LISTED', 'FOUND')],
  ReportProgress: [inStatus('SUPERVISED', 'SUSPENDED'), notPendingVerification],
  SubmitRectification: [inStatus('SUPERVISED', 'SUSPENDED'), notPendingVerification],
  VerifyRectification: [awaitingVerification, notOwnSubmission],
  RectifyOnSpot: [generalOnly, inStatus('FOUND'), notPendingVerification],
  RequestDeadlineExtension: [inStatus('LISTED', 'SUPERVISED', 'SUSPENDED'), notPendingVerification, noExtensionPending],
  DecideDeadlineExtension: [extensionRequested, notOwnRequest],
  SuspendOperations: [inStatus('FOUND', 'LISTED', 'SUPERVISED'), majorIfFound, notPendingVerification],
  RecordStandbyCheck: [inStatus('SUSPENDED')],
  RecordEnforcement: [],
  CancelHazard: [],
  // 复产验收: the rectification is submitted, and someone else reviews the resumption.
  ResumeOperations: [inStatus('SUSPENDED'), awaitingVerification, notOwnSubmission],
  RotateStandbyMonitors: [inStatus('SUSPENDED')],
  RequestRegrade: [notPendingVerification, noRegradePending],
  DecideRegrade: [regradeRequested, notOwnRegrade],
  TransferHazard: [],
  AmendEnterprise: [],
  // acts on the record (督办函, 约谈) on any open hazard; the listing raised once there is one
  IssueSupervisionLetter: [],
  RecordInterview: [],
  RaiseListingLevel: [inStatus('LISTED', 'SUPERVISED', 'SUSPENDED'), listedOnly],
};

/** What blocks a command on an existing hazard now: a closed hazard accepts nothing, then the command's own preconditions. */
export function hazardBlocker(view: AvailabilityView, command: ExistingHazardCommand, actorSub: string): StateBlocker | null {
  if (!isOpenStatus(view.status)) return { code: 'CLOSED' };
  for (const precondition of HAZARD_PRECONDITIONS[command]) {
    const blocker = precondition(view, actorSub);
    if (blocker) return blocker;
  }
  return null;
}

/** The refusal `decide` throws for a blocker: INVALID_TRANSITION, or FORBIDDEN for four eyes, with its message for people. */
export function hazardRefusal(blocker: StateBlocker, command: HazardCommandType, hazard: Pick<HazardState, 'code' | 'status'>): DomainError {
  switch (blocker.code) {
    case 'CLOSED':
      return invalidTransition(`hazard ${hazard.code} is ${hazard.status} and closed; it accepts no ${command}`);
    case 'STATUS':
      return invalidTransition(`${command} is not possible when hazard ${hazard.code} is ${hazard.status} (only when ${blocker.allowed.join(' or ')})`);
    case 'PENDING_VERIFICATION':
      return invalidTransition(`${command} is not possible while the rectification of ${hazard.code} waits for verification`);
    case 'NOT_GENERAL':
      return invalidTransition(`only a GENERAL hazard can be rectified on the spot; ${hazard.code} is MAJOR`);
    case 'LIST_FIRST':
      return invalidTransition(`MAJOR hazard ${hazard.code} must be listed (挂牌) before it can be supervised`);
    case 'NOTHING_TO_VERIFY':
      return invalidTransition(`hazard ${hazard.code} has no rectification waiting for verification`);
    case 'OWN_SUBMISSION':
      return new DomainError('FORBIDDEN', 'four eyes: whoever submitted a rectification cannot verify it');
    case 'EXTENSION_PENDING':
      return invalidTransition(`hazard ${hazard.code} already has an extension request waiting for a decision`);
    case 'NO_EXTENSION_REQUEST':
      return invalidTransition(`hazard ${hazard.code} has no extension request to decide`);
    case 'OWN_REQUEST':
      return new DomainError('FORBIDDEN', `four eyes: whoever requested ${command === 'DecideRegrade' ? 'a re-grade cannot approve it' : 'an extension cannot decide it'}`);
    case 'MAJOR_ONLY':
      return invalidTransition(`before listing, operations are suspended only for a MAJOR hazard; ${hazard.code} is GENERAL`);
    case 'REGRADE_PENDING':
      return invalidTransition(`hazard ${hazard.code} already has a re-grade waiting for approval`);
    case 'NO_REGRADE_REQUEST':
      return invalidTransition(`hazard ${hazard.code} has no re-grade to decide`);
    case 'NOT_LISTED':
      return invalidTransition(`hazard ${hazard.code} is not listed: there is no listing to raise`);
  }
}

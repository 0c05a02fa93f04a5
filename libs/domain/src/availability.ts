import { HAZARD_COMMAND_TYPES, type HazardCommandType } from './commands';
import { mayExecute } from './permissions';
import { type HazardLevel, type HazardStatus, type Role, isOpenStatus } from './reference';

/**
 * Which commands a person may give a hazard now, and if not, why: the same preconditions as
 * `decide` (role, closed, status, pending verification, four eyes), read off the fields a client
 * sees. Consoles use it to show a command disabled with its reason; `decide` stays the judge
 * (a cross-check test holds the two together). Data rules (a deadline after the finding, a
 * rostered monitor) are the form's and the server's, not this table's.
 */
export interface AvailabilityView {
  status: HazardStatus;
  level: HazardLevel;
  pendingVerification: boolean;
  /** Who submitted the rectification that waits for verification. */
  submittedBy: string | null;
  /** Who asked for the extension that waits for a decision. */
  extensionRequestedBy: string | null;
}

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
  | { code: 'OWN_REQUEST' };

/** Every command but the report that creates a hazard. */
export type ExistingHazardCommand = Exclude<HazardCommandType, 'ReportHazard'>;

export type Availability = { command: ExistingHazardCommand; allowed: true } | { command: ExistingHazardCommand; allowed: false; blocker: Blocker };

/** The commands a console offers on an existing hazard: every hazard command but the report. */
export const HAZARD_COMMANDS_ON_EXISTING: readonly ExistingHazardCommand[] = HAZARD_COMMAND_TYPES.filter(
  (type): type is ExistingHazardCommand => type !== 'ReportHazard',
);

function blockerOf(view: AvailabilityView, command: ExistingHazardCommand, actor: { sub: string; roles: readonly Role[] }): Blocker | null {
  if (!mayExecute(actor.roles, command)) return { code: 'ROLE' };
  if (!isOpenStatus(view.status)) return { code: 'CLOSED' };
  const status = (...allowed: HazardStatus[]): Blocker | null => (allowed.includes(view.status) ? null : { code: 'STATUS', allowed });
  const notPending = (): Blocker | null => (view.pendingVerification ? { code: 'PENDING_VERIFICATION' } : null);
  switch (command) {
    case 'ListHazard':
      return status('FOUND') ?? notPending();
    case 'SuperviseHazard':
      if (view.pendingVerification) return { code: 'PENDING_VERIFICATION' };
      if (view.status === 'FOUND' && view.level === 'MAJOR') return { code: 'LIST_FIRST' };
      return status('LISTED', 'FOUND');
    case 'ReportProgress':
    case 'SubmitRectification':
      return status('SUPERVISED', 'SUSPENDED') ?? notPending();
    case 'RectifyOnSpot':
      if (view.level !== 'GENERAL') return { code: 'NOT_GENERAL' };
      return status('FOUND') ?? notPending();
    case 'VerifyRectification':
      if (!view.pendingVerification) return { code: 'NOTHING_TO_VERIFY' };
      return view.submittedBy === actor.sub ? { code: 'OWN_SUBMISSION' } : null;
    case 'RequestDeadlineExtension':
      return status('LISTED', 'SUPERVISED', 'SUSPENDED') ?? notPending() ?? (view.extensionRequestedBy !== null ? { code: 'EXTENSION_PENDING' } : null);
    case 'DecideDeadlineExtension':
      if (view.extensionRequestedBy === null) return { code: 'NO_EXTENSION_REQUEST' };
      return view.extensionRequestedBy === actor.sub ? { code: 'OWN_REQUEST' } : null;
    case 'SuspendOperations':
      return status('LISTED', 'SUPERVISED') ?? notPending();
    case 'RecordStandbyCheck':
      return status('SUSPENDED');
    case 'RecordEnforcement':
    case 'CancelHazard':
      return null;
  }
}

export function commandAvailability(view: AvailabilityView, actor: { sub: string; roles: readonly Role[] }): Availability[] {
  return HAZARD_COMMANDS_ON_EXISTING.map((command) => {
    const blocker = blockerOf(view, command, actor);
    return blocker ? { command, allowed: false, blocker } : { command, allowed: true };
  });
}

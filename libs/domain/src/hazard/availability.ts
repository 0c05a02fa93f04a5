import type { Role } from '../shared/reference';
import { HAZARD_COMMAND_TYPES } from './commands';
import { mayExecute } from './permissions';
import { type AvailabilityView, type Blocker, type ExistingHazardCommand, hazardBlocker } from './preconditions';

export type { AvailabilityView, Blocker, ExistingHazardCommand } from './preconditions';

/** A command and whether it is possible now, with what blocks it when it is not. */
export type Availability = { command: ExistingHazardCommand; allowed: true } | { command: ExistingHazardCommand; allowed: false; blocker: Blocker };

/** The commands a console offers on an existing hazard: every hazard command but the report. */
export const HAZARD_COMMANDS_ON_EXISTING: readonly ExistingHazardCommand[] = HAZARD_COMMAND_TYPES.filter(
  (type): type is ExistingHazardCommand => type !== 'ReportHazard',
);

/**
 * Which commands a person may give a hazard now, and if not, why: the permission table, then the
 * precondition table `decide` throws from (role, closed, status, pending verification, four eyes),
 * read off the fields a client sees. Consoles use it to show a command disabled with its reason;
 * a cross-check spec runs both on every state a random walk reaches. Data rules (a deadline after
 * the finding, a rostered monitor) are the form's and the server's, not this table's.
 */
export function commandAvailability(view: AvailabilityView, actor: { sub: string; roles: readonly Role[] }): Availability[] {
  return HAZARD_COMMANDS_ON_EXISTING.map((command) => {
    const blocker: Blocker | null = mayExecute(actor.roles, command) ? hazardBlocker(view, command, actor.sub) : { code: 'ROLE' };
    return blocker ? { command, allowed: false, blocker } : { command, allowed: true };
  });
}

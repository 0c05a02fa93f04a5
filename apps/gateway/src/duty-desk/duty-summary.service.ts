import { Injectable } from '@nestjs/common';
import { type IncidentLevel, type Shift, openHandoverItems, resourceReady, shanghaiDate, shiftAt } from '@hazard/domain';
import type { Principal } from '../auth/principal';
import { IncidentsService } from '../incidents/incidents.service';
import { DutyRecordsService } from './duty-records.service';

/** An open incident by the report it owes next. */
export interface DutyIncidentClock {
  incidentId: string;
  title: string;
  level: IncidentLevel;
  /** The obligation's key, e.g. pass_on. */
  report: string;
  dueAt: string;
  overdue: boolean;
}

/** What the duty officer sees first: who is on duty, what waits, what is ready. */
export interface DutySummary {
  at: string;
  /** The Beijing date of `at`. */
  date: string;
  /** The shifts on duty at `at`, one per roster in scope. */
  onDuty: Shift[];
  dutyLeaders: string[];
  openHandoverItems: string[];
  /** Open incidents, soonest report due first. */
  incidentClocks: DutyIncidentClock[];
  teams: number;
  teamsReady: number;
  peopleOnDuty: number;
  depots: number;
  depotsReady: number;
  /** Stock lines expired or expiring within 30 days. */
  stockExpiringSoon: number;
}

/** The duty desk at a glance, computed from the rosters, the emergency resources and the open incidents in scope. */
@Injectable()
export class DutySummaryService {
  constructor(
    private readonly records: DutyRecordsService,
    private readonly incidents: IncidentsService,
  ) {}

  async summary(principal: Principal, at: string | null): Promise<DutySummary> {
    const now = at ? new Date(at) : new Date();
    const today = shanghaiDate(now.getTime());
    const [rosters, resources, incidents] = await Promise.all([
      this.records.list(principal, { kinds: ['ROSTER'], at: now }),
      this.records.list(principal, { kinds: ['TEAM', 'DEPOT'] }),
      this.incidents.list(principal, { open: true }),
    ]);
    const onDuty = rosters.flatMap((r) => {
      const s = shiftAt(r, now.getTime());
      return s ? [s] : [];
    });
    const teams = resources.filter((r) => r.kind === 'TEAM');
    const depots = resources.filter((r) => r.kind === 'DEPOT');
    const soon = shanghaiDate(now.getTime() + 30 * 86_400_000);
    return {
      at: now.toISOString(),
      date: today,
      onDuty,
      dutyLeaders: onDuty.flatMap((s) => (s.assignments.DUTY_LEADER ? [s.assignments.DUTY_LEADER.name] : [])),
      openHandoverItems: rosters.flatMap((r) => openHandoverItems(r).map((x) => x.item)),
      incidentClocks: incidents
        .flatMap((i) => {
          const open = i.obligations.filter((o) => !o.filedAt).sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))[0];
          return open ? [{ incidentId: i.id, title: i.title, level: i.level, report: open.key, dueAt: open.dueAt, overdue: Date.parse(open.dueAt) <= now.getTime() }] : [];
        })
        .sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1)),
      teams: teams.length,
      teamsReady: teams.filter((t) => resourceReady(t, today)).length,
      peopleOnDuty: teams.reduce((n, t) => n + t.onDuty, 0),
      depots: depots.length,
      depotsReady: depots.filter((d) => resourceReady(d, today)).length,
      stockExpiringSoon: resources.reduce((n, r) => n + r.stock.filter((l) => l.expiresOn !== null && l.expiresOn <= soon).length, 0),
    };
  }
}

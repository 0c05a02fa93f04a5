import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type TypedDocumentNode, useMutation, useQuery } from 'urql';
import { listCovers, mayRunCommand } from '@hazard/domain';
import { onReconnect } from '../../client';
import { SubTabs } from '../../SubTabs';
import { type ServerError, errorOf } from '../../errors';
import { useSession } from '../../session';
import { formatTime } from '../../time';
import { formatRemaining, remaining } from './clock';
import { DutyNames } from './operations';
import './texts';

/** An idempotency key, as the hazard forms make theirs (crypto.randomUUID needs Chrome 92; the target is 89); kept here so a duty page does not load the hazard commands. */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The duty desk's pages, one sub-navigation (a landmark of its own). */
export function DutyTabs() {
  const { t } = useTranslation('duty');
  return (
    <SubTabs
      label={t('nav.label')}
      tabs={[
        { to: '/duty', label: t('nav.desk') },
        { to: '/duty/roster', label: t('nav.roster') },
        { to: '/duty/log', label: t('nav.log') },
        { to: '/duty/incidents', label: t('nav.incidents') },
      ]}
    />
  );
}

/** The clock of the page: re-renders every `ms` (a second for countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/**
 * Live without a feed of its own: the duty desk has no subscription, so a page refetches every `ms`
 * and after the live socket reconnects (what it may have missed meanwhile).
 */
export function useRefetchEvery(refetch: () => void, ms: number): void {
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    const id = setInterval(() => latest.current(), ms);
    const stop = onReconnect(() => latest.current());
    return () => {
      clearInterval(id);
      stop();
    };
  }, [ms]);
}

/** Region and department names, and those inside the signed-in person's scope (what a form may offer). */
export function useDutyNames() {
  const session = useSession();
  const [{ data }] = useQuery({ query: DutyNames });
  return useMemo(() => {
    const regions = data?.regions ?? [];
    const departments = data?.departments ?? [];
    const regionName = (code: string) => regions.find((r) => r.code === code)?.name ?? code;
    const departmentName = (code: string) => departments.find((d) => d.code === code)?.name ?? code;
    const auditor = session.roles.includes('AUDITOR');
    return {
      regionName,
      departmentName,
      regions: regions.filter((r) => auditor || listCovers(session.regions, r.code)),
      departments: departments.filter((d) => auditor || listCovers(session.departments, d.code)),
    };
  }, [data, session]);
}

/** Whether the person's roles may give a duty-desk command (the domain's one table); the server checks again. */
export function useMay(command: 'PublishRoster' | 'RecordIncident' | 'RecordDutyLogEntry' | 'HandOver'): boolean {
  const session = useSession();
  return mayRunCommand(session.roles, command);
}

/** A mutation with its idempotency key (fixed until it succeeds) and the server's refusal, if any. */
export function useCommand<I extends Record<string, unknown>>(mutation: TypedDocumentNode<any, { input: I }>) {
  const [state, execute] = useMutation(mutation);
  const key = useRef(newIdempotencyKey());
  const [problem, setProblem] = useState<ServerError | null>(null);
  const run = useCallback(
    async (input: Omit<I, 'idempotencyKey'>): Promise<ServerError | null> => {
      setProblem(null);
      const answer = await execute({ input: { ...input, idempotencyKey: key.current } as unknown as I });
      const err = errorOf(answer.error);
      setProblem(err);
      if (!err) key.current = newIdempotencyKey();
      return err;
    },
    [execute],
  );
  return { run, problem, setProblem, fetching: state.fetching };
}

/** The server's refusal, said beside the form it refused. */
export function Refusal({ problem, testId = 'duty-refusal', prefix }: { problem: ServerError | null; testId?: string; prefix?: string }) {
  const { t } = useTranslation('duty');
  if (!problem) return null;
  return (
    <div role="alert" className="banner alarm" data-testid={testId}>
      {prefix ?? t('form.refused')}
      <span className="error-code">{problem.code}</span> {problem.message}
    </div>
  );
}

type FieldKind = 'text' | 'textarea' | 'select' | 'datetime' | 'date' | 'number';

/** One labelled input; its error tied to it (aria-describedby). Values are strings until sent. */
export function Field({
  id,
  label,
  kind = 'text',
  value,
  onChange,
  error,
  required,
  options,
  className,
}: {
  id: string;
  label: string;
  kind?: FieldKind;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  required?: boolean;
  options?: { value: string; label: string }[];
  className?: string;
}) {
  const { t } = useTranslation('duty');
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className={className ?? 'duty-field'}>
      <label htmlFor={id}>
        {label}
        {kind === 'datetime' && <span className="muted"> {t('form.beijing')}</span>}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {kind === 'textarea' ? (
        <textarea rows={3} {...common} />
      ) : kind === 'select' ? (
        <select {...common}>
          {(options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input type={kind === 'datetime' ? 'datetime-local' : kind === 'date' ? 'date' : kind === 'number' ? 'number' : 'text'} min={kind === 'number' ? 0 : undefined} {...common} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t(`form.${error}`, { defaultValue: error })}
        </p>
      )}
    </div>
  );
}

/** Time left until a legal report is due, or how long it is overdue; recomputed every tick. */
export function Countdown({ dueAt, now, testId }: { dueAt: string; now: number; testId?: string }) {
  const { t } = useTranslation('duty');
  const r = remaining(dueAt, now);
  const text = formatRemaining(r, t('clock.day'));
  return (
    <span role="timer" className={`countdown${r.overdue ? ' over' : r.urgent ? ' soon' : ''}`} data-testid={testId} data-overdue={r.overdue}>
      {r.overdue ? t('clock.over', { time: text }) : t('clock.left', { time: text })}
    </span>
  );
}

/** A report's state after its clock: filed (on time or late), or warned / alarmed. */
export function ReportState({ report }: { report: { filedAt?: string | null; late: boolean; warnedAt?: string | null; missedAt?: string | null } }) {
  const { t } = useTranslation('duty');
  const marks: ReactNode[] = [];
  if (report.filedAt) {
    marks.push(<span key="filed">{t('clock.filed', { time: formatTime(report.filedAt) })}</span>);
    marks.push(
      <span key="late" className={`badge ${report.late ? 'overdue' : 'RECTIFIED'}`}>
        {report.late ? t('clock.late') : t('clock.onTime')}
      </span>,
    );
  } else {
    if (report.missedAt) marks.push(<span key="missed" className="badge overdue">{t('clock.missed')}</span>);
    else if (report.warnedAt) marks.push(<span key="warned" className="badge SUSPENDED">{t('clock.warned')}</span>);
  }
  return <span className="report-state">{marks}</span>;
}

/** A readable unique id for a new record: prefix, Beijing date, a random tail. */
export function newRecordId(prefix: string): string {
  const date = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${prefix}-${date}-${newIdempotencyKey().slice(0, 8)}`;
}

export const optional = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);
export const wholeNumber = (s: string): number | null => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

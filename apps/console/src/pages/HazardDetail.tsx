import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { commandAvailability, type ExistingHazardCommand } from '@hazard/domain';
import { COMMAND_SPECS } from '../hazard/commands';
import { CommandForm } from '../hazard/CommandForm';
import { HazardDetailQuery, HazardRegionNames } from '../hazard/operations';
import '../hazard/texts';
import { useLiveEvents } from '../live';
import { useSession } from '../session';
import { beijingDate, formatTime } from '../time';
import { EvidenceList } from '../hazard/EvidenceList';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

export function HazardDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hazard');
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HazardDetailQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ data: names }] = useQuery({ query: HazardRegionNames });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const [fresh, setFresh] = useState<Set<number>>(new Set());
  const [open, setOpen] = useState<ExistingHazardCommand | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [typeFilter, setTypeFilter] = useState('');
  useLiveEvents(
    (event) => {
      setFresh((s) => new Set(s).add(event.version));
      refetch();
    },
    { hazardId: id, onResync: refetch, pollMs: 30_000 },
  );
  const hazard = data?.hazard;
  const availability = useMemo(
    () =>
      hazard
        ? commandAvailability(
            {
              status: hazard.status,
              level: hazard.level,
              pendingVerification: hazard.pendingVerification,
              submittedBy: hazard.submission?.submittedBy.sub ?? null,
              extensionRequestedBy: hazard.extensionRequest?.requestedBy.sub ?? null,
              regradeRequestedBy: hazard.regradeRequest?.requestedBy.sub ?? null,
              listed: hazard.listing !== null && hazard.listing !== undefined,
            },
            { sub: session.sub, roles: session.roles },
          )
        : [],
    [hazard, session],
  );
  if (error && !hazard) return <p role="alert" className="error">{t('translation:common.error', { message: error.message })}</p>;
  if (!hazard) return fetching ? <p>{t('translation:common.loading')}</p> : <p role="alert">{t('notFound')}</p>;

  const history = [...hazard.history].reverse();
  const types = [...new Set(hazard.history.map((e) => e.type))];
  const shown = history.filter((e) => !typeFilter || e.type === typeFilter);
  const byDay = new Map<string, typeof shown>();
  for (const e of shown) {
    const day = beijingDate(new Date(e.occurredAt));
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  const spec = open ? COMMAND_SPECS[open] : null;

  return (
    <article>
      <p>
        <Link to="/hazards">← {t('back')}</Link>
      </p>
      <h1>
        {hazard.code} · {hazard.title}
      </h1>
      <p>
        <span className={`badge ${hazard.status}`} data-testid="hazard-status">
          {t(`translation:status.${hazard.status}`)}
        </span>{' '}
        <span className={`badge ${hazard.level}`}>{t(`translation:level.${hazard.level}`)}</span>{' '}
        {hazard.overdue && <span className="badge overdue">{t('translation:common.overdue')}</span>}{' '}
        <span className="muted" data-testid="hazard-version">
          {t('translation:common.version', { version: hazard.version })}
        </span>
      </p>
      {done && (
        <p className="banner ok" role="status">
          {done}
        </p>
      )}
      <div className="two">
        <div>
          <section className="card" aria-labelledby="s-commands">
            <h2 id="s-commands">{t('sections.commands')}</h2>
            <ul className="commands" aria-label={t('sections.commands')}>
              {availability.map((a) => {
                const why = a.allowed ? null : t(`blocker.${a.blocker.code}`, { allowed: a.blocker.code === 'STATUS' ? a.blocker.allowed.map((s) => t(`translation:status.${s}`)).join('、') : '' });
                return (
                  <li key={a.command}>
                    <button
                      type="button"
                      disabled={!a.allowed}
                      aria-describedby={why ? `why-${a.command}` : undefined}
                      aria-expanded={open === a.command}
                      onClick={() => {
                        setDone(null);
                        setOpen(open === a.command ? null : a.command);
                      }}
                    >
                      {t(`commands.${a.command}`)}
                    </button>
                    {why && (
                      <span className="why" id={`why-${a.command}`}>
                        {why}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            {spec && (
              <CommandForm
                key={spec.command}
                spec={spec}
                hazard={hazard}
                refetch={refetch}
                onClose={() => setOpen(null)}
                onDone={(version) => {
                  setOpen(null);
                  setDone(t('form.done', { version }));
                }}
              />
            )}
          </section>
          <section className="card" aria-labelledby="s-fields">
            <h2 id="s-fields">{t('sections.fields')}</h2>
            <dl className="fields">
              <Field label={t('fields.code')}>{hazard.code}</Field>
              <Field label={t('fields.enterprise')}>{hazard.enterpriseName}</Field>
              <Field label={t('fields.credit')}>{hazard.enterpriseCreditCode}</Field>
              <Field label={t('fields.sector')}>{t(`translation:sector.${hazard.sector}`)}</Field>
              <Field label={t('fields.region')}>{names?.regions.find((r) => r.code === hazard.regionCode)?.name ?? hazard.regionCode}</Field>
              <Field label={t('fields.department')}>{names?.departments.find((d) => d.code === hazard.departmentCode)?.name ?? hazard.departmentCode}</Field>
              <Field label={t('fields.location')}>{hazard.location}</Field>
              <Field label={t('fields.source')}>{t(`translation:source.${hazard.source}`)}</Field>
              <Field label={t('fields.basis')}>{hazard.judgementBasis}</Field>
              <Field label={t('fields.foundAt')}>{formatTime(hazard.foundAt)}</Field>
              <Field label={t('fields.reportedBy')}>{hazard.reportedBy.name}</Field>
              <Field label={t('fields.deadline')}>
                <span data-testid="hazard-deadline">{formatTime(hazard.deadline)}</span>
              </Field>
              {hazard.originalDeadline && hazard.originalDeadline !== hazard.deadline && <Field label={t('fields.originalDeadline')}>{formatTime(hazard.originalDeadline)}</Field>}
              <Field label={t('fields.progress')}>{hazard.progressPercent}%</Field>
              <Field label={t('fields.escalation')}>{hazard.escalationLevel}</Field>
              <Field label={t('fields.nextClock')}>{hazard.nextClock ? `${t(`clock.${hazard.nextClock.kind}`, { defaultValue: hazard.nextClock.kind })} · ${formatTime(hazard.nextClock.dueAt)}` : null}</Field>
              <Field label={t('fields.description')}>{hazard.description}</Field>
            </dl>
          </section>
          {hazard.listing && (
            <section className="card" aria-labelledby="s-listing">
              <h2 id="s-listing">{t('sections.listing')}</h2>
              <dl className="fields">
                <Field label={t('listing.level')}>{t(`translation:listingLevel.${hazard.listing.listingLevel}`)}</Field>
                <Field label={t('listing.unit')}>{hazard.listing.supervisingUnit}</Field>
                <Field label={t('listing.doc')}>{hazard.listing.documentNumber}</Field>
                <Field label={t('listing.at')}>{formatTime(hazard.listing.listedAt)}</Field>
                <Field label={t('listing.by')}>{hazard.listing.listedBy.name}</Field>
              </dl>
            </section>
          )}
          {hazard.plan && (
            <section className="card" aria-labelledby="s-plan">
              <h2 id="s-plan">{t('sections.plan')}</h2>
              <dl className="fields">
                <Field label={t('plan.unit')}>{hazard.plan.responsibleUnit}</Field>
                <Field label={t('plan.person')}>{hazard.plan.responsiblePerson}</Field>
                <Field label={t('plan.phone')}>{hazard.plan.responsiblePhone}</Field>
                <Field label={t('plan.measures')}>{hazard.plan.measures}</Field>
                <Field label={t('plan.funding')}>{hazard.plan.fundingAmount.toLocaleString('zh-CN')}</Field>
                <Field label={t('plan.fundingSource')}>{hazard.plan.fundingSource}</Field>
                <Field label={t('plan.contingency')}>{hazard.plan.contingencyPlan}</Field>
              </dl>
            </section>
          )}
          {hazard.suspension && (
            <section className="card" aria-labelledby="s-suspension">
              <h2 id="s-suspension">{t('sections.suspension')}</h2>
              <dl className="fields">
                <Field label={t('suspension.scope')}>{t(`translation:scope.${hazard.suspension.scope}`)}</Field>
                <Field label={t('suspension.reason')}>{hazard.suspension.reason}</Field>
                <Field label={t('suspension.interval')}>{hazard.suspension.checkInterval}</Field>
                <Field label={t('suspension.since')}>{formatTime(hazard.suspension.suspendedAt)}</Field>
                <Field label={t('suspension.lastCheck')}>{formatTime(hazard.suspension.lastCheckAt)}</Field>
                <Field label={t('suspension.checks')}>{hazard.suspension.checkCount}</Field>
                <Field label={t('suspension.production')}>{hazard.suspension.productionObservedCount}</Field>
                <Field label={t('suspension.monitors')}>{hazard.suspension.monitors.map((m) => `${m.name}${m.phone ? ` ${m.phone}` : ''}`).join('；')}</Field>
              </dl>
            </section>
          )}
          {hazard.submission && (
            <section className="card" aria-labelledby="s-submission">
              <h2 id="s-submission">{t('sections.submission')}</h2>
              <dl className="fields">
                <Field label={t('submission.summary')}>{hazard.submission.summary}</Field>
                <Field label={t('submission.at')}>{formatTime(hazard.submission.submittedAt)}</Field>
                <Field label={t('submission.by')}>{hazard.submission.submittedBy.name}</Field>
                <Field label={t('submission.evidence')}>{hazard.submission.evidenceHashes.map((h) => h.slice(0, 12)).join(' ') || null}</Field>
              </dl>
            </section>
          )}
          {hazard.evidence.length > 0 && (
            <section className="card" aria-labelledby="s-evidence">
              <h2 id="s-evidence">{t('sections.evidence')}</h2>
              <EvidenceList items={hazard.evidence} />
            </section>
          )}
          {hazard.extensionRequest && (
            <section className="card" aria-labelledby="s-extension">
              <h2 id="s-extension">{t('sections.extension')}</h2>
              <dl className="fields">
                <Field label={t('extension.deadline')}>{formatTime(hazard.extensionRequest.requestedDeadline)}</Field>
                <Field label={t('extension.reason')}>{hazard.extensionRequest.reason}</Field>
                <Field label={t('extension.by')}>{hazard.extensionRequest.requestedBy.name}</Field>
                <Field label={t('extension.at')}>{formatTime(hazard.extensionRequest.requestedAt)}</Field>
              </dl>
            </section>
          )}
        </div>
        <section className="card" aria-labelledby="s-timeline">
          <h2 id="s-timeline">{t('sections.timeline')}</h2>
          <label htmlFor="timeline-filter">{t('timeline.filter')}</label>
          <select id="timeline-filter" value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)}>
            <option value="">{t('timeline.all')}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`events.${type}`, { defaultValue: type })}
              </option>
            ))}
          </select>
          <div aria-live="polite" data-testid="timeline">
            {shown.length === 0 && <p>{t('timeline.empty')}</p>}
            {[...byDay.entries()].map(([day, events]) => (
              <section key={day} aria-label={day}>
                <h3>{day}</h3>
                <ol className="timeline">
                  {events.map((e) => (
                    <li key={e.eventId} className={fresh.has(e.version) ? 'new' : undefined} data-event-type={e.type}>
                      <strong>
                        v{e.version} · {t(`events.${e.type}`, { defaultValue: e.type })}
                      </strong>
                      {fresh.has(e.version) && <span className="badge"> {t('timeline.newBadge')}</span>}
                      <div className="when">
                        {t('timeline.by')} {e.actorName} · {t('timeline.occurred')} {formatTime(e.occurredAt)} · {t('timeline.recorded')} {formatTime(e.recordedAt)}
                      </div>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        </section>
      </div>
    </article>
  );
}

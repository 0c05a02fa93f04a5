import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AsOfBasis } from '../gql/graphql';
import { useLiveEvents } from '../live';
import { ErrorAlert } from '../report/ErrorAlert';
import { formatTime, fromBeijingLocal, toBeijingLocal } from '../time';
import './texts';

export const AUDIT_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const AuditHistory = graphql(`
  query AuditHistory($id: ID!) {
    hazardHistory(id: $id) {
      eventId
      version
      type
      actor
      actorName
      occurredAt
      recordedAt
      hash
    }
  }
`);

// No `id` on purpose: a past state must not overwrite the current hazard in the normalised cache.
const AuditAsOf = graphql(`
  query AuditAsOf($id: ID!, $at: DateTime!, $basis: AsOfBasis) {
    hazardAsOf(id: $id, at: $at, basis: $basis) {
      code
      status
      level
      deadline
      escalationLevel
      version
    }
  }
`);

const BASES: AsOfBasis[] = ['RECORDED', 'OCCURRED'];

/** The hazard as it stood at a moment (Beijing time), by recorded or occurred time. */
export function AsOfPanel({ id }: { id: string }) {
  const { t } = useTranslation('audit');
  const [local, setLocal] = useState(() => toBeijingLocal(new Date().toISOString()));
  const [basis, setBasis] = useState<AsOfBasis>('RECORDED');
  const at = fromBeijingLocal(local);
  const [asOf] = useQuery({ query: AuditAsOf, variables: { id, at: at ?? '', basis }, pause: !at, requestPolicy: 'cache-and-network' });
  const s = asOf.data?.hazardAsOf;
  return (
    <section aria-labelledby="audit-asof" className="card">
      <h2 id="audit-asof">{t('asOfTitle')}</h2>
      <div className="filters">
        <div>
          <label htmlFor="audit-asof-at">{t('asOfAt')}</label>
          <input id="audit-asof-at" type="datetime-local" value={local} onChange={(e) => setLocal(e.target.value)} aria-invalid={at ? undefined : true} aria-describedby={at ? undefined : 'audit-asof-bad'} />
        </div>
        <div>
          <label htmlFor="audit-asof-basis">{t('basis')}</label>
          <select id="audit-asof-basis" value={basis} onChange={(e) => setBasis(e.target.value as AsOfBasis)}>
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`basisOption.${b}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!at && (
        <p id="audit-asof-bad" className="error">
          {t('badTime')}
        </p>
      )}
      <ErrorAlert error={asOf.error} />
      {at && asOf.data && !s && <p data-testid="audit-asof-none">{t('notYet')}</p>}
      {at && s && (
        <dl className="fields audit-asof" data-testid="audit-asof">
          <dt>{t('field.status')}</dt>
          <dd>{t(`translation:status.${s.status}`)}</dd>
          <dt>{t('field.level')}</dt>
          <dd>{t(`translation:level.${s.level}`)}</dd>
          <dt>{t('field.deadline')}</dt>
          <dd>{formatTime(s.deadline)}</dd>
          <dt>{t('field.escalationLevel')}</dt>
          <dd>{s.escalationLevel}</dd>
          <dt>{t('field.version')}</dt>
          <dd>{s.version}</dd>
        </dl>
      )}
    </section>
  );
}

/** Every event of the hazard, read-only, with a type filter; the version that failed verification is marked. */
export function HistoryTable({ id, badVersion }: { id: string; badVersion: number | null }) {
  const { t } = useTranslation('audit');
  const [history, refetch] = useQuery({ query: AuditHistory, variables: { id }, requestPolicy: 'cache-and-network' });
  const [type, setType] = useState('');
  useLiveEvents(() => refetch({ requestPolicy: 'network-only' }), { hazardId: id, onResync: () => refetch({ requestPolicy: 'network-only' }) });
  const events = history.data?.hazardHistory ?? [];
  const types = [...new Set(events.map((e) => e.type))].sort();
  const shown = type ? events.filter((e) => e.type === type) : events;
  return (
    <section aria-labelledby="audit-history">
      <h2 id="audit-history">
        {t('historyTitle')} <span className="muted">{t('translation:common.count', { count: shown.length })}</span>
      </h2>
      <div className="filters">
        <div>
          <label htmlFor="audit-type-filter">{t('typeFilter')}</label>
          <select id="audit-type-filter" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('translation:common.all')}</option>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {ty}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert error={history.error} />
      {history.fetching && !history.data && <p role="status">{t('translation:common.loading')}</p>}
      {history.data && shown.length === 0 && <p className="muted">{t('noEvents')}</p>}
      {shown.length > 0 && (
        <div className="report-scroll" role="region" aria-label={t('history')} tabIndex={0}>
          <table className="plain audit-history" data-testid="audit-history">
            <caption className="sr-only">{t('history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.version')}</th>
                <th scope="col">{t('col.type')}</th>
                <th scope="col">{t('col.actor')}</th>
                <th scope="col">{t('col.occurredAt')}</th>
                <th scope="col">{t('col.recordedAt')}</th>
                <th scope="col">{t('col.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => {
                const bad = e.version === badVersion;
                return (
                  <tr key={e.eventId} className={bad ? 'bad' : undefined}>
                    <td>
                      {e.version}
                      {bad && <span className="badge overdue audit-bad-badge">{t('badRow')}</span>}
                    </td>
                    <td>{e.type}</td>
                    <td>
                      {e.actorName}
                      {e.actorName !== e.actor && <span className="muted"> ({e.actor})</span>}
                    </td>
                    <td>{formatTime(e.occurredAt)}</td>
                    <td>{formatTime(e.recordedAt)}</td>
                    <td>
                      <code className="hash" title={e.hash}>
                        {e.hash.slice(0, 12)}
                      </code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

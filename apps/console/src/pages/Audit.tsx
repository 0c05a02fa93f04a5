import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { type CombinedError, useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { AuditLookupQuery } from '../gql/graphql';
import { AsOfPanel, AUDIT_UUID, HistoryTable } from '../audit/panels';
import '../audit/texts';
import { saveBlob } from '../download';
import { ErrorAlert } from '../report/ErrorAlert';
import { useLiveEvents } from '../live';

const AuditHazard = graphql(`
  query AuditHazard($id: ID!) {
    hazard(id: $id) {
      id
      code
      title
      enterpriseName
      status
      level
      version
    }
  }
`);

const AuditVerify = graphql(`
  query AuditVerify($id: ID!) {
    verifyHazardHistory(id: $id) {
      ok
      eventCount
      firstBadVersion
      headHash
      matchesReadModel
      matchesCheckpoint
      matchesWorkflow
      checkpointId
      reason
      reasons
    }
  }
`);

const AuditLookup = graphql(`
  query AuditLookup($search: String!) {
    hazards(filter: { search: $search }, first: 10) {
      totalCount
      edges {
        node {
          id
          code
          title
          enterpriseName
        }
      }
    }
  }
`);

const AuditBundle = graphql(`
  query AuditBundle($id: ID!) {
    hazardAuditBundle(id: $id)
  }
`);

export function Audit() {
  const { t } = useTranslation('audit');
  const { id } = useParams();
  return (
    <div className="audit-page">
      <h1>{t('title')}</h1>
      <Lookup key={id ?? ''} initial={id ?? ''} />
      {!id ? <p className="muted">{t('intro')}</p> : AUDIT_UUID.test(id) ? <HazardAudit id={id} /> : <ResolveCode code={id} />}
    </div>
  );
}

/** `/audit/<code>`: finds the hazard by its code and goes to `/audit/<id>`. */
function ResolveCode({ code }: { code: string }) {
  const { t } = useTranslation('audit');
  const [found] = useQuery({ query: AuditLookup, variables: { search: code }, requestPolicy: 'network-only' });
  const match = found.data?.hazards.edges.find((edge) => edge.node.code.toLowerCase() === code.toLowerCase());
  if (match) return <Navigate to={`/audit/${match.node.id}`} replace />;
  if (found.error) return <ErrorAlert error={found.error} />;
  return <p role="status">{found.fetching ? t('translation:common.loading') : t('noMatch')}</p>;
}

type Match = AuditLookupQuery['hazards']['edges'][number]['node'];

function Lookup({ initial }: { initial: string }) {
  const { t } = useTranslation('audit');
  const client = useClient();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = value.trim();
    if (!v) return;
    setError(null);
    setMatches(null);
    if (AUDIT_UUID.test(v)) return void navigate(`/audit/${v.toLowerCase()}`);
    setBusy(true);
    const res = await client.query(AuditLookup, { search: v }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (res.error) return setError(res.error);
    const nodes = res.data?.hazards.edges.map((edge) => edge.node) ?? [];
    const exact = nodes.find((n) => n.code.toLowerCase() === v.toLowerCase()) ?? (nodes.length === 1 ? nodes[0] : null);
    if (exact) return void navigate(`/audit/${exact.id}`);
    setMatches(nodes);
  };
  return (
    <form className="filters audit-lookup" role="search" aria-label={t('lookup')} onSubmit={(e) => void submit(e)}>
      <div>
        <label htmlFor="audit-lookup">{t('lookupLabel')}</label>
        <input id="audit-lookup" value={value} onChange={(e) => setValue(e.target.value)} placeholder="YH-211102-2026-00042" size={40} aria-describedby="audit-lookup-hint" />
        <span id="audit-lookup-hint" className="sr-only">
          {t('lookupHint')}
        </span>
      </div>
      <button type="submit" className="primary" disabled={busy} data-testid="audit-lookup-submit">
        {t('lookupButton')}
      </button>
      <ErrorAlert error={error} />
      {matches && (
        <div className="audit-matches" role="status">
          {matches.length === 0 ? (
            <p>{t('noMatch')}</p>
          ) : (
            <ul>
              {matches.map((m) => (
                <li key={m.id}>
                  <Link to={`/audit/${m.id}`}>
                    {m.code} · {m.title} · {m.enterpriseName}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

function HazardAudit({ id }: { id: string }) {
  const { t } = useTranslation('audit');
  const [hazard] = useQuery({ query: AuditHazard, variables: { id }, requestPolicy: 'cache-and-network' });
  const [verify, reverify] = useQuery({ query: AuditVerify, variables: { id }, requestPolicy: 'network-only' });
  const h = hazard.data?.hazard;
  const v = verify.data?.verifyHazardHistory;
  useLiveEvents(() => reverify({ requestPolicy: 'network-only' }), { hazardId: id });
  const yesNo = (b: boolean | null | undefined, nullText: string) => (b === null || b === undefined ? nullText : b ? t('translation:common.yes') : t('translation:common.no'));
  return (
    <>
      <ErrorAlert error={hazard.error} />
      {h && (
        <p className="audit-subject" data-testid="audit-subject">
          <Link to={`/hazards/${h.id}`}>{h.code}</Link> · {h.title} · {h.enterpriseName} · <span className={`badge ${h.status}`}>{t(`translation:status.${h.status}`)}</span>{' '}
          <span className={`badge ${h.level}`}>{t(`translation:level.${h.level}`)}</span>
        </p>
      )}

      <section aria-labelledby="audit-verify" className="card">
        <h2 id="audit-verify">{t('verifyTitle')}</h2>
        <button type="button" onClick={() => reverify({ requestPolicy: 'network-only' })} disabled={verify.fetching} data-testid="audit-verify-again">
          {t('verifyAgain')}
        </button>
        {verify.fetching && (
          <span role="status" className="muted">
            {' '}
            {t('verifying')}
          </span>
        )}
        <ErrorAlert error={verify.error} />
        {v && !v.ok && (
          <div role="alert" className="banner alarm audit-alarm" data-testid="audit-alarm">
            <p className="audit-alarm-title">
              <span aria-hidden="true">⚠ </span>
              {v.firstBadVersion != null ? t('breaks', { version: v.firstBadVersion }) : t('failed')}
            </p>
            {v.reason && <p>{v.reason}</p>}
            {v.reasons.length > 1 && (
              <ul>
                {v.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {v?.ok && (
          <p role="status" className="banner ok" data-testid="audit-ok">
            <span aria-hidden="true">✓ </span>
            {t('ok', { count: v.eventCount, hash: v.headHash ?? '—' })}
          </p>
        )}
        {v && (
          <dl className="fields">
            <dt>{t('eventCount')}</dt>
            <dd>{v.eventCount}</dd>
            <dt>{t('headHash')}</dt>
            <dd>
              <code className="hash">{v.headHash ?? '—'}</code>
            </dd>
            <dt>{t('matchesReadModel')}</dt>
            <dd data-testid="audit-matches-read-model" className={v.matchesReadModel ? undefined : 'error'}>
              {yesNo(v.matchesReadModel, '—')}
            </dd>
            <dt>{t('matchesCheckpoint')}</dt>
            <dd className={v.matchesCheckpoint === false ? 'error' : undefined}>
              {yesNo(v.matchesCheckpoint, t('noCheckpoint'))}
              {v.checkpointId && <span className="muted"> ({v.checkpointId})</span>}
            </dd>
            <dt>{t('matchesWorkflow')}</dt>
            <dd className={v.matchesWorkflow === false ? 'error' : undefined}>{yesNo(v.matchesWorkflow, t('noWorkflow'))}</dd>
          </dl>
        )}
      </section>

      <AsOfPanel id={id} />
      <HistoryTable id={id} badVersion={v && !v.ok ? (v.firstBadVersion ?? null) : null} />
      <BundleExport id={id} code={h?.code ?? id} />
    </>
  );
}

function BundleExport({ id, code }: { id: string; code: string }) {
  const { t } = useTranslation('audit');
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const exportBundle = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const res = await client.query(AuditBundle, { id }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (res.error || !res.data) return setError(res.error ?? null);
    const name = `hazard-${code}-audit-bundle.json`;
    saveBlob(new Blob([JSON.stringify(res.data.hazardAuditBundle, null, 2)], { type: 'application/json' }), name);
    setDone(name);
  };
  return (
    <section aria-labelledby="audit-bundle">
      <h2 id="audit-bundle">{t('bundleTitle')}</h2>
      <p className="muted">{t('bundleIntro')}</p>
      <button type="button" onClick={() => void exportBundle()} disabled={busy} data-testid="audit-bundle">
        {t('bundleButton')}
      </button>
      <ErrorAlert error={error} />
      <p role="status" className="muted">
        {busy ? t('translation:common.loading') : done ? t('bundleDone', { name: done }) : ''}
      </p>
    </section>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { mayRunCommand, SECTORS } from '@hazard/domain';
import { errorOf } from '../../errors';
import type { OversightsQuery as OversightsData } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { formatTime } from '../../time';
import { newRecordId, useDutyNames, useRefetchEvery } from '../duty/common';
import { RecordForm } from '../register/forms';
import { EnterprisesQuery } from '../register/operations';
import { OversightTabs, useUnitName } from './common';
import {
  EnforcementBodiesQuery,
  InspectionFindingMutation,
  InspectionHazardsQuery,
  NoticeMutation,
  OpenInspectionMutation,
  OpenSupervisionMutation,
  OversightsQuery,
  SupervisionFindingMutation,
} from './operations';

type Oversight = OversightsData['oversights'][number];

/**
 * 督查与检查: supervisions of districts and departments (the office) kept apart from inspections of enterprises (an
 * enforcement body); an inspection's hazard finding starts its hazard in the same step, linked here with its origin.
 */
export function OversightPage() {
  const { t } = useTranslation('oversight');
  const session = useSession();
  const [{ data, error }, reexecute] = useQuery({ query: OversightsQuery, variables: { kind: null }, requestPolicy: 'cache-and-network' });
  const [hazards, refetchHazards] = useQuery({ query: InspectionHazardsQuery, requestPolicy: 'cache-and-network' });
  // live without a feed of its own: asked again every minute and after the socket reconnects
  useRefetchEvery(() => (reexecute({ requestPolicy: 'network-only' }), refetchHazards({ requestPolicy: 'network-only' })), 60_000);
  const [opening, setOpening] = useState<'supervision' | 'inspection' | null>(null);
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    refetchHazards({ requestPolicy: 'network-only' });
  };
  const all = data?.oversights ?? [];
  // the hazards each inspection started: their origin names `oversight-<id>@<version>`
  const started = useMemo(() => {
    const by = new Map<string, { id: string; code: string; title: string }[]>();
    for (const e of hazards.data?.hazards.edges ?? []) {
      const m = /^oversight-(.+)@\d+$/.exec(e.node.origin?.reference ?? '');
      if (m) by.set(m[1], [...(by.get(m[1]) ?? []), e.node]);
    }
    return by;
  }, [hazards.data]);
  const maySupervise = mayRunCommand(session.roles, 'OpenSupervision');
  const mayInspect = mayRunCommand(session.roles, 'OpenInspection');
  return (
    <div className="register">
      <h1>{t('oversight.title')}</h1>
      <OversightTabs />
      <p className="muted">{t('oversight.intro')}</p>
      <ErrorAlert error={error} />
      <section aria-labelledby="oversight-supervisions">
        <h2 id="oversight-supervisions">{t('oversight.supervisions')}</h2>
        {maySupervise ? (
          <p>
            <button type="button" aria-expanded={opening === 'supervision'} onClick={() => setOpening(opening === 'supervision' ? null : 'supervision')} data-testid="supervision-open">
              {t('oversight.openSupervision')}
            </button>
          </p>
        ) : (
          <p className="muted">{t('oversight.officeOnlyNote')}</p>
        )}
        {opening === 'supervision' && <OpenSupervision onClose={() => setOpening(null)} onDone={() => (setOpening(null), refresh())} />}
        {data && all.filter((o) => o.kind === 'SUPERVISION').length === 0 && <p>{t('none')}</p>}
        {all
          .filter((o) => o.kind === 'SUPERVISION')
          .map((o) => (
            <SupervisionCard key={o.id} oversight={o} may={maySupervise} onChanged={refresh} />
          ))}
      </section>
      <section aria-labelledby="oversight-inspections">
        <h2 id="oversight-inspections">{t('oversight.inspections')}</h2>
        {mayInspect && (
          <p>
            <button type="button" aria-expanded={opening === 'inspection'} onClick={() => setOpening(opening === 'inspection' ? null : 'inspection')} data-testid="inspection-open">
              {t('oversight.openInspection')}
            </button>
          </p>
        )}
        {opening === 'inspection' && <OpenInspection onClose={() => setOpening(null)} onDone={() => (setOpening(null), refresh())} />}
        {data && all.filter((o) => o.kind === 'INSPECTION').length === 0 && <p>{t('none')}</p>}
        {all
          .filter((o) => o.kind === 'INSPECTION')
          .map((o) => (
            <InspectionCard key={o.id} oversight={o} hazards={started.get(o.id) ?? []} may={mayInspect} onChanged={refresh} />
          ))}
      </section>
    </div>
  );
}

function Findings({ oversight: o }: { oversight: Oversight }) {
  const { t } = useTranslation('oversight');
  if (o.findings.length === 0) return null;
  return (
    <>
      <h4>{t('oversight.findings')}</h4>
      <ul data-testid="oversight-findings">
        {o.findings.map((f, i) => (
          <li key={i}>
            {f.kind && <span className="badge">{t(`findingKind.${f.kind}`, { defaultValue: f.kind })}</span>} {f.description} <span className="muted">{formatTime(f.at)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function SupervisionCard({ oversight: o, may, onChanged }: { oversight: Oversight; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('oversight');
  const unitName = useUnitName();
  const [form, setForm] = useState<'finding' | 'notice' | null>(null);
  const [, finding] = useMutation(SupervisionFindingMutation);
  const [, notice] = useMutation(NoticeMutation);
  const heading = `supervision-${o.id}`;
  const done = () => (setForm(null), onChanged());
  return (
    <article className="card" aria-labelledby={heading} data-testid="supervision-card" data-oversight={o.id}>
      <h3 id={heading}>{o.title}</h3>
      <p className="muted">
        {t(`targetKind.${o.targetKind ?? 'DISTRICT'}`)}：{o.targetName ?? unitName(o.targetKind && o.targetCode ? { kind: o.targetKind, code: o.targetCode } : null)} · {o.method ? t(`method.${o.method}`) : ''}
        {o.leaderLed ? ` · ${t('campaign.leaderLed')}（${o.leader ?? ''}）` : ''} · {formatTime(o.openedAt)}
      </p>
      <Findings oversight={o} />
      {o.notices.length > 0 && (
        <>
          <h4>{t('oversight.notices')}</h4>
          <ul>
            {o.notices.map((n, i) => (
              <li key={i}>
                <span className="badge">{t(`noticeKind.${n.kind}`)}</span> {n.documentNumber ?? ''} {n.note} <span className="muted">{formatTime(n.at)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {may && (
        <p className="commands">
          <button type="button" aria-expanded={form === 'finding'} onClick={() => setForm(form === 'finding' ? null : 'finding')} aria-label={`${t('oversight.recordFinding')}：${o.title}`}>
            {t('oversight.recordFinding')}
          </button>
          <button type="button" aria-expanded={form === 'notice'} onClick={() => setForm(form === 'notice' ? null : 'notice')} aria-label={`${t('oversight.issueNotice')}：${o.title}`}>
            {t('oversight.issueNotice')}
          </button>
        </p>
      )}
      {form === 'finding' && (
        <RecordForm
          id={`sfinding-${o.id}`}
          title={`${t('oversight.recordFinding')}：${o.title}`}
          fields={[{ name: 'description', label: t('oversight.description'), kind: 'textarea', required: true }]}
          onClose={() => setForm(null)}
          onDone={done}
          send={async (v, idempotencyKey) => errorOf((await finding({ input: { id: o.id, description: v.description.trim(), expectedVersion: o.version, idempotencyKey } })).error)}
        />
      )}
      {form === 'notice' && (
        <RecordForm
          id={`notice-${o.id}`}
          title={`${t('oversight.issueNotice')}：${o.title}`}
          fields={[
            { name: 'kind', label: t('oversight.noticeKind'), kind: 'select', options: (['REMINDER', 'INTERVIEW', 'CIRCULAR'] as const).map((k) => ({ value: k, label: t(`noticeKind.${k}`) })), required: true },
            { name: 'documentNumber', label: t('oversight.documentNumber') },
            { name: 'note', label: t('oversight.note'), kind: 'textarea', required: true },
          ]}
          onClose={() => setForm(null)}
          onDone={done}
          send={async (v, idempotencyKey) =>
            errorOf((await notice({ input: { id: o.id, kind: v.kind as never, documentNumber: v.documentNumber.trim() || null, note: v.note.trim(), expectedVersion: o.version, idempotencyKey } })).error)
          }
        />
      )}
    </article>
  );
}

function InspectionCard({ oversight: o, hazards, may, onChanged }: { oversight: Oversight; hazards: { id: string; code: string; title: string }[]; may: boolean; onChanged: () => void }) {
  const { t } = useTranslation('oversight');
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ id: string; code: string } | null>(null);
  const [, finding] = useMutation(InspectionFindingMutation);
  const heading = `inspection-${o.id}`;
  return (
    <article className="card" aria-labelledby={heading} data-testid="inspection-card" data-oversight={o.id}>
      <h3 id={heading}>{o.enterpriseName}</h3>
      <p className="muted">
        {o.enterpriseCreditCode} · {o.bodyName} · {o.item ? `${o.item.code} ${o.item.name}` : ''} · {o.inspectors.map((i) => `${i.name}（${i.certificateNo}）`).join('、')} · {o.approvalDocument} · {formatTime(o.openedAt)}
      </p>
      <Findings oversight={o} />
      {hazards.length > 0 && (
        <>
          <h4>{t('oversight.hazards')}</h4>
          <ul data-testid="inspection-hazards">
            {hazards.map((h) => (
              <li key={h.id}>
                <Link to={`/hazards/${encodeURIComponent(h.id)}`}>
                  {h.code} {h.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {created && (
        <p role="status" className="banner ok" data-testid="inspection-created">
          <Link to={`/hazards/${encodeURIComponent(created.id)}`}>{t('oversight.createdHazard', { code: created.code })}</Link>
        </p>
      )}
      {may && (
        <p className="commands">
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`${t('oversight.recordFinding')}：${o.enterpriseName ?? o.id}`}>
            {t('oversight.recordFinding')}
          </button>
        </p>
      )}
      {open && (
        <RecordForm
          id={`ifinding-${o.id}`}
          title={`${t('oversight.recordFinding')}：${o.enterpriseName ?? o.id}`}
          testId="inspection-finding-form"
          fields={[
            { name: 'kind', label: t('oversight.findingKind'), kind: 'select', options: (['GENERAL_HAZARD', 'MAJOR_HAZARD', 'VIOLATION'] as const).map((k) => ({ value: k, label: t(`findingKind.${k}`) })), required: true },
            { name: 'description', label: t('oversight.description'), kind: 'textarea', required: true },
            { name: 'hazardTitle', label: t('oversight.hazardTitle') },
            { name: 'hazardSector', label: t('oversight.hazardSector'), kind: 'select', options: SECTORS.map((s) => ({ value: s, label: t(`translation:sector.${s}`) })) },
          ]}
          onClose={() => setOpen(false)}
          onDone={() => (setOpen(false), onChanged())}
          send={async (v, idempotencyKey) => {
            const hazard = v.hazardTitle.trim() ? { title: v.hazardTitle.trim(), sector: v.hazardSector as never } : null;
            const answer = await finding({ input: { id: o.id, kind: v.kind as never, description: v.description.trim(), hazard, expectedVersion: o.version, idempotencyKey } });
            const h = answer.data?.recordInspectionFinding.hazard;
            setCreated(h ? { id: h.id, code: h.code } : null);
            return errorOf(answer.error);
          }}
        />
      )}
    </article>
  );
}

function OpenSupervision({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('oversight');
  const names = useDutyNames();
  const [, open] = useMutation(OpenSupervisionMutation);
  const targets = [...names.regions.map((r) => ({ value: `DISTRICT:${r.code}`, label: `${t('targetKind.DISTRICT')}：${r.name}` })), ...names.departments.map((d) => ({ value: `DEPARTMENT:${d.code}`, label: `${t('targetKind.DEPARTMENT')}：${d.name}` }))];
  return (
    <RecordForm
      id="supervision-new"
      title={t('oversight.openSupervision')}
      testId="supervision-form"
      fields={[
        { name: 'title', label: t('oversight.titleField'), required: true },
        { name: 'target', label: t('oversight.target'), kind: 'select', options: targets, required: true },
        { name: 'method', label: t('oversight.method'), kind: 'select', options: (['OPEN', 'COVERT', 'FOUR_NOS_TWO_DIRECTS', 'RANDOM', 'FOLLOW_UP'] as const).map((m) => ({ value: m, label: t(`method.${m}`) })), required: true },
        { name: 'leaderLed', label: t('oversight.leaderLedField'), kind: 'select', options: [{ value: 'false', label: t('oversight.notLeaderLed') }, { value: 'true', label: t('campaign.leaderLed') }] },
        { name: 'leader', label: t('oversight.leader') },
      ]}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) => {
        const [kind, code] = v.target.split(':');
        const name = targets.find((x) => x.value === v.target)?.label.split('：')[1] ?? code;
        return errorOf(
          (
            await open({
              input: { id: newRecordId('supervision'), title: v.title.trim(), target: { kind: kind as never, code, name }, method: v.method as never, leaderLed: v.leaderLed === 'true', leader: v.leader.trim() || null, idempotencyKey },
            })
          ).error,
        );
      }}
    />
  );
}

function OpenInspection({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('oversight');
  const [bodies] = useQuery({ query: EnforcementBodiesQuery });
  const [enterprises] = useQuery({ query: EnterprisesQuery, variables: { filter: null } });
  const [, open] = useMutation(OpenInspectionMutation);
  const items = (bodies.data?.enforcementBodies ?? []).flatMap((b) => b.items.map((i) => ({ value: `${b.code}|${i.code}`, label: `${b.name}：${i.code} ${i.name}` })));
  const list = enterprises.data?.enterprises ?? [];
  if (!bodies.data || !enterprises.data) return <p role="status">{t('translation:common.loading')}</p>;
  if (items.length === 0) return <p className="banner info">{t('oversight.noBodies')}</p>;
  return (
    <RecordForm
      id="inspection-new"
      title={t('oversight.openInspection')}
      testId="inspection-form"
      fields={[
        { name: 'enterprise', label: t('oversight.enterprise'), kind: 'select', options: list.map((e) => ({ value: e.creditCode, label: e.name })), required: true },
        { name: 'item', label: t('oversight.item'), kind: 'select', options: items, required: true },
        { name: 'inspectors', label: t('oversight.inspectors'), kind: 'textarea', required: true },
        { name: 'approvedBy', label: t('oversight.approvedBy'), required: true },
        { name: 'approvalDocument', label: t('oversight.approval'), required: true },
      ]}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) => {
        const e = list.find((x) => x.creditCode === v.enterprise);
        const [enforcementBodyCode, itemCode] = v.item.split('|');
        const inspectors = v.inspectors
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => {
            const [name, ...rest] = l.split(/[\s,，]+/);
            return { name, certificateNo: rest.join(' ') };
          });
        return errorOf(
          (
            await open({
              input: {
                id: newRecordId('inspection'),
                enterprise: { creditCode: e?.creditCode ?? v.enterprise, name: e?.name ?? '', regionCode: e?.regionCode ?? '' },
                enforcementBodyCode,
                itemCode,
                inspectors,
                approvedBy: v.approvedBy.trim(),
                approvalDocument: v.approvalDocument.trim(),
                idempotencyKey,
              },
            })
          ).error,
        );
      }}
    />
  );
}

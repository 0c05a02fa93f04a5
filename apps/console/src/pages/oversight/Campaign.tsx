import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { mayRunCommand } from '@hazard/domain';
import { errorOf } from '../../errors';
import type { OversightCampaignProgressQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { useDutyNames, useRefetchEvery } from '../duty/common';
import { RecordForm } from '../register/forms';
import { Measures, OversightTabs, useUnitName } from './common';
import { AddListedMutation, AddRoundMutation, CampaignProgressQuery, ListedMajorHazardsQuery, OpenCaseMutation, OversightsQuery, RecordMeetingMutation } from './operations';

type Progress = NonNullable<OversightCampaignProgressQuery['campaignProgress']>;
type FormName = 'meeting' | 'round' | 'listed' | 'case';

/** One campaign's dashboard: the totals, the four measures per district and department, coverage, meetings; the office records each measure. */
export function CampaignPage() {
  const { t } = useTranslation('oversight');
  const { id = '' } = useParams();
  const session = useSession();
  const unitName = useUnitName();
  const names = useDutyNames();
  const [{ data, error }, reexecute] = useQuery({ query: CampaignProgressQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  // live without a feed of its own: asked again every minute and after the socket reconnects
  useRefetchEvery(() => reexecute({ requestPolicy: 'network-only' }), 60_000);
  const [form, setForm] = useState<FormName | null>(null);
  const [done, setDone] = useState(false);
  const p = data?.campaignProgress;
  const may = mayRunCommand(session.roles, 'RecordSpecialMeeting');
  const refresh = () => {
    setForm(null);
    setDone(true);
    reexecute({ requestPolicy: 'network-only' });
  };
  const rate = p?.rectificationRate === null || p?.rectificationRate === undefined ? '—' : `${p.rectificationRate}%`;
  return (
    <div className="register">
      <h1>{p?.campaign.name ?? t('campaigns.title')}</h1>
      <OversightTabs />
      <p>
        <Link to="/campaigns">{t('campaign.back')}</Link>
      </p>
      <ErrorAlert error={error} />
      {data && !p && <p>{t('none')}</p>}
      {p && (
        <>
          <p className="muted">
            {t('period', { from: p.campaign.from, to: p.campaign.to })} · {p.campaign.regions.map(names.regionName).join('、')} · {p.campaign.sectors.map((s) => t(`translation:sector.${s}`)).join('、')}
          </p>
          <Measures measures={p.campaign.measures} />
          <section aria-labelledby="campaign-totals" className="card" data-testid="campaign-totals">
            <h2 id="campaign-totals">{t('campaign.totals')}</h2>
            <ul>
              <li>{t('campaign.meetings', { count: p.meetings })}</li>
              <li>{t('campaign.rounds', { count: p.supervisionRounds, leaderLed: p.leaderLedRounds, covert: p.covertRounds, findings: p.supervisionFindings })}</li>
              <li>{t('campaign.listed', { count: p.listedMajorHazards, rectified: p.listedMajorHazardsRectified })}</li>
              <li>{t('campaign.cases', { count: p.penaltyCases })}</li>
              <li>{t('campaign.found', { found: p.hazardsFound, rectified: p.hazardsRectified, rate })}</li>
            </ul>
            {p.campaign.teams.length > 0 && (
              <p>
                {t('campaign.teams')}：
                {p.campaign.teams.map((team) => `${team.name}（${team.leader}${team.leaderLed ? `，${t('campaign.leaderLed')}` : ''}）`).join('；')}
              </p>
            )}
          </section>
          <UnitTable progress={p} unitName={unitName} />
          {done && (
            <p role="status" className="banner ok" data-testid="campaign-recorded">
              {t('campaign.recorded')}
            </p>
          )}
          {may && (
            <div className="commands">
              {(['meeting', 'round', 'listed', 'case'] as const).map((f) => (
                <button key={f} type="button" aria-expanded={form === f} onClick={() => (setDone(false), setForm(form === f ? null : f))} data-testid={`campaign-${f}`}>
                  {t(`campaign.${f === 'meeting' ? 'recordMeeting' : f === 'round' ? 'addRound' : f === 'listed' ? 'addListed' : 'openCase'}`)}
                </button>
              ))}
            </div>
          )}
          {form && <MeasureForm form={form} progress={p} onClose={() => setForm(null)} onDone={refresh} />}
          <Coverage progress={p} />
          <section aria-labelledby="campaign-meetings">
            <h2 id="campaign-meetings">{t('campaign.meetingsList')}</h2>
            {p.campaign.meetings.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <table className="plain report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('campaign.heldOn')}</th>
                    <th scope="col">{t('campaign.heldBy')}</th>
                    <th scope="col">{t('campaign.chairedBy')}</th>
                    <th scope="col">{t('campaign.decisions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.campaign.meetings.map((m, i) => (
                    <tr key={i}>
                      <th scope="row">{m.heldOn}</th>
                      <td>{unitName(m.heldBy)}</td>
                      <td>{m.chairedBy}</td>
                      <td>{m.decisions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** Who has done what: one row per district of the campaign and per department it concerns. */
function UnitTable({ progress: p, unitName }: { progress: Progress; unitName: ReturnType<typeof useUnitName> }) {
  const { t } = useTranslation('oversight');
  return (
    <section aria-labelledby="campaign-units">
      <h2 id="campaign-units">{t('campaign.units')}</h2>
      <div className="report-scroll" role="region" aria-labelledby="campaign-units" tabIndex={0}>
        <table className="plain report-table" data-testid="campaign-units">
          <thead>
            <tr>
              <th scope="col">{t('campaign.unit')}</th>
              <th scope="col">{t('campaign.meetingHeld')}</th>
              <th scope="col">{t('campaign.roundsAt')}</th>
              <th scope="col">{t('campaign.listedAt')}</th>
              <th scope="col">{t('campaign.casesAt')}</th>
              <th scope="col">{t('campaign.foundAt')}</th>
            </tr>
          </thead>
          <tbody>
            {p.units.map((u) => (
              <tr key={`${u.kind}-${u.code}`} data-unit={`${u.kind}:${u.code}`}>
                <th scope="row">
                  {unitName(u)} <span className="muted">{t(`targetKind.${u.kind}`)}</span>
                </th>
                <td className={u.meetingHeld ? undefined : 'over'} data-cell="meeting">
                  {u.meetingHeld ? t('campaign.yes') : t('campaign.no')}
                </td>
                <td className={u.supervisionRounds ? undefined : 'over'} data-cell="rounds">
                  {u.supervisionRounds}
                </td>
                <td data-cell="listed">
                  {u.listedMajorHazardsRectified}/{u.listedMajorHazards}
                </td>
                <td data-cell="cases">{u.penaltyCases}</td>
                <td data-cell="found">{u.hazardsFound === null ? '—' : `${u.hazardsRectified ?? 0}/${u.hazardsFound}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Coverage({ progress: p }: { progress: Progress }) {
  const { t } = useTranslation('oversight');
  const names = useDutyNames();
  return (
    <section aria-labelledby="campaign-coverage">
      <h2 id="campaign-coverage">{t('campaign.coverage')}</h2>
      {p.coverage.length > 0 && (
        <table className="plain report-table">
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('sector')}</th>
              <th scope="col">{t('campaign.foundAt')}</th>
              <th scope="col">{t('campaign.major')}</th>
            </tr>
          </thead>
          <tbody>
            {p.coverage.map((c) => (
              <tr key={`${c.regionCode}-${c.sector}`}>
                <th scope="row">{names.regionName(c.regionCode)}</th>
                <td>{t(`translation:sector.${c.sector}`)}</td>
                <td>
                  {c.rectified}/{c.found}
                </td>
                <td>{c.major}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p data-testid="campaign-uncovered">
        {p.uncovered.length === 0 ? t('campaign.allCovered') : `${t('campaign.uncovered')} ${p.uncovered.map((g) => `${names.regionName(g.regionCode)} × ${t(`translation:sector.${g.sector}`)}`).join('、')}`}
      </p>
    </section>
  );
}

/** One of the four measures, recorded on the campaign's stream with the version the page showed. */
function MeasureForm({ form, progress: p, onClose, onDone }: { form: FormName; progress: Progress; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('oversight');
  const names = useDutyNames();
  const unitName = useUnitName();
  const [, meeting] = useMutation(RecordMeetingMutation);
  const [, round] = useMutation(AddRoundMutation);
  const [, listed] = useMutation(AddListedMutation);
  const [, openCase] = useMutation(OpenCaseMutation);
  const [supervisions] = useQuery({ query: OversightsQuery, variables: { kind: null }, pause: form !== 'round' && form !== 'case' });
  const [hazards] = useQuery({ query: ListedMajorHazardsQuery, pause: form !== 'listed' });
  const c = p.campaign;
  const base = { campaignId: c.id, expectedVersion: c.version };
  if (form === 'meeting') {
    const units = [{ value: '', label: t('office') }, ...c.regions.map((r) => ({ value: `DISTRICT:${r}`, label: names.regionName(r) })), ...names.departments.map((d) => ({ value: `DEPARTMENT:${d.code}`, label: d.name }))];
    return (
      <RecordForm
        id="campaign-meeting"
        title={t('campaign.recordMeeting')}
        testId="campaign-meeting-form"
        fields={[
          { name: 'heldBy', label: t('campaign.heldBy'), kind: 'select', options: units },
          { name: 'heldOn', label: t('campaign.heldOn'), required: true },
          { name: 'chairedBy', label: t('campaign.chairedBy'), required: true },
          { name: 'decisions', label: t('campaign.decisions'), kind: 'textarea', required: true },
        ]}
        initial={{ heldOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10) }}
        onClose={onClose}
        onDone={onDone}
        send={async (v, idempotencyKey) => {
          const [kind, code] = v.heldBy ? v.heldBy.split(':') : [];
          return errorOf((await meeting({ input: { ...base, heldOn: v.heldOn.trim(), chairedBy: v.chairedBy.trim(), decisions: v.decisions.trim(), heldBy: kind ? { kind: kind as never, code } : null, idempotencyKey } })).error);
        }}
      />
    );
  }
  const oversights = supervisions.data?.oversights ?? [];
  if (form === 'round') {
    const options = oversights.filter((o) => o.kind === 'SUPERVISION' && !c.supervisionRounds.includes(o.id)).map((o) => ({ value: o.id, label: `${o.title ?? o.id}（${unitName(o.targetKind && o.targetCode ? { kind: o.targetKind, code: o.targetCode } : null)}）` }));
    return (
      <RecordForm
        key={options.length}
        id="campaign-round"
        title={t('campaign.addRound')}
        fields={[{ name: 'oversightId', label: t('campaign.round'), kind: 'select', options, required: true }]}
        onClose={onClose}
        onDone={onDone}
        send={async (v, idempotencyKey) => errorOf((await round({ input: { ...base, oversightId: v.oversightId, idempotencyKey } })).error)}
      />
    );
  }
  if (form === 'listed') {
    const options = (hazards.data?.hazards.edges ?? []).filter((e) => !c.listedHazards.includes(e.node.id)).map((e) => ({ value: e.node.id, label: `${e.node.code} ${e.node.title}` }));
    return (
      <RecordForm
        key={options.length}
        id="campaign-listed"
        title={t('campaign.addListed')}
        fields={[{ name: 'hazardId', label: t('campaign.hazard'), kind: 'select', options, required: true }]}
        onClose={onClose}
        onDone={onDone}
        send={async (v, idempotencyKey) => errorOf((await listed({ input: { ...base, hazardId: v.hazardId, idempotencyKey } })).error)}
      />
    );
  }
  return (
    <RecordForm
      key={oversights.length}
      id="campaign-case"
      title={t('campaign.openCase')}
      testId="campaign-case-form"
      fields={[
        { name: 'caseNumber', label: t('campaign.caseNumber'), required: true },
        { name: 'enterpriseName', label: t('campaign.enterpriseName'), required: true },
        { name: 'violation', label: t('campaign.violation'), kind: 'textarea', required: true },
        { name: 'oversightId', label: t('campaign.oversight'), kind: 'select', options: [{ value: '', label: t('campaign.noneChosen') }, ...oversights.map((o) => ({ value: o.id, label: o.title ?? o.enterpriseName ?? o.id }))] },
      ]}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) =>
        errorOf((await openCase({ input: { ...base, caseNumber: v.caseNumber.trim(), enterpriseName: v.enterpriseName.trim(), violation: v.violation.trim(), oversightId: v.oversightId || null, idempotencyKey } })).error)
      }
    />
  );
}

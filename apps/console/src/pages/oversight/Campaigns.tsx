import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { mayRunCommand, SECTORS } from '@hazard/domain';
import { type ServerError, errorCode, errorOf } from '../../errors';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { Field, newRecordId, useDutyNames } from '../duty/common';
import { Measures, OversightTabs } from './common';
import { CampaignsQuery, CreateCampaignMutation } from './operations';


/** 专项行动: the office's campaigns with their four measures; a new one. */
export function Campaigns() {
  const { t } = useTranslation('oversight');
  const session = useSession();
  const names = useDutyNames();
  const [{ data, error }, reexecute] = useQuery({ query: CampaignsQuery, requestPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const forbidden = errorCode(error) === 'FORBIDDEN';
  return (
    <div className="register">
      <h1>{t('campaigns.title')}</h1>
      <OversightTabs />
      <p className="muted">{t('campaigns.intro')}</p>
      {forbidden ? <p className="banner info">{t('officeOnly')}</p> : <ErrorAlert error={error} />}
      {mayRunCommand(session.roles, 'CreateCampaign') && (
        <p>
          <button type="button" aria-expanded={creating} onClick={() => setCreating(!creating)} data-testid="campaign-create">
            {t('campaigns.create')}
          </button>
        </p>
      )}
      {creating && (
        <CreateCampaign
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {data &&
        (data.campaigns.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          data.campaigns.map((c) => (
            <article key={c.id} className="card" aria-labelledby={`campaign-${c.id}`} data-testid="campaign-card" data-campaign={c.id}>
              <h2 id={`campaign-${c.id}`}>{c.name}</h2>
              <p className="muted">
                {t('period', { from: c.from, to: c.to })} · {c.regions.map(names.regionName).join('、')} · {c.sectors.map((s) => t(`translation:sector.${s}`)).join('、')}
              </p>
              <Measures measures={c.measures} />
              <Link to={`/campaigns/${encodeURIComponent(c.id)}`}>
                {t('campaigns.open')}：{c.name}
              </Link>
            </article>
          ))
        ))}
    </div>
  );
}

function CreateCampaign({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('oversight');
  const names = useDutyNames();
  const [, execute] = useMutation(CreateCampaignMutation);
  const [v, setV] = useState({ campaignId: newRecordId('campaign'), name: '', from: '', to: '' });
  const [regions, setRegions] = useState<string[]>([]);
  const [sectors, setSectors] = useState<string[]>([]);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const toggle = (list: string[], set: (l: string[]) => void, value: string) => set(list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    for (const k of ['campaignId', 'name', 'from', 'to'] as const) if (!v[k].trim()) found[k] = 'required';
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(`campaign-new-${Object.keys(found)[0]}`)?.focus();
    const answer = await execute({ input: { campaignId: v.campaignId.trim(), name: v.name.trim(), from: v.from.trim(), to: v.to.trim(), regions, sectors: sectors as never } });
    const err = errorOf(answer.error);
    setProblem(err);
    if (err) {
      const field = err.field?.split('.').pop();
      if (field && field in v) setErrors({ [field]: err.message });
      return;
    }
    onDone();
  };
  const set = (k: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [k]: value }));
  return (
    <form className="form register-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('campaigns.create')} data-testid="campaign-form">
      <h3>{t('campaigns.create')}</h3>
      <div className="duty-form-row">
        <Field id="campaign-new-campaignId" label={t('campaigns.id')} value={v.campaignId} onChange={set('campaignId')} error={errors.campaignId} required />
        <Field id="campaign-new-name" label={t('campaigns.name')} value={v.name} onChange={set('name')} error={errors.name} required />
        <Field id="campaign-new-from" label={t('campaigns.from')} kind="date" value={v.from} onChange={set('from')} error={errors.from} required />
        <Field id="campaign-new-to" label={t('campaigns.to')} kind="date" value={v.to} onChange={set('to')} error={errors.to} required />
      </div>
      <fieldset>
        <legend>{t('campaigns.regions')}</legend>
        {names.regions.map((r) => (
          <label key={r.code} className="check">
            <input type="checkbox" checked={regions.includes(r.code)} onChange={() => toggle(regions, setRegions, r.code)} /> {r.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.sectors')}</legend>
        {SECTORS.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={sectors.includes(s)} onChange={() => toggle(sectors, setSectors, s)} /> {t(`translation:sector.${s}`)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert error={problem} />
      <p className="commands">
        <button type="submit" className="primary">
          {t('send')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}

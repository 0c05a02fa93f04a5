import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { mayRunCommand, SECTORS } from '@hazard/domain';
import { errorOf } from '../../errors';
import type { RegisterEnterprisesQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { useSession } from '../../session';
import { RegionFilter, useUrlFilter } from '../../url-filter';
import { Field, newIdempotencyKey, newRecordId, useDutyNames, useRefetchEvery } from '../duty/common';
import { AddPanel, ExportButton, RegisterList, RegisterTabs, TriState, VerificationCell, VerifyForm } from './common';
import { RecordForm } from './forms';
import { AddKeyPartMutation, DesignateKeyUnitMutation, EnterprisesQuery, RegisterEnterpriseMutation, VerifyEnterpriseMutation } from './operations';

type Enterprise = RegisterEnterprisesQuery['enterprises'][number];
const COLOURS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'] as const;

/** 企业与重点单位: the enterprises in scope, filtered as the URL says, exported as the server renders them; a site verification from a row. */
export function Enterprises() {
  const { t } = useTranslation('register');
  const session = useSession();
  const names = useDutyNames();
  const { params, get, set: setParam } = useUrlFilter();
  const bool = (v: string) => (v === '' ? null : v === 'true');
  const filter = useMemo(
    () => ({ regionCode: get('region') || null, keyUnit: bool(get('keyUnit')), riskColour: (get('riskColour') || null) as (typeof COLOURS)[number] | null, verifiedOnSite: bool(get('verifiedOnSite')) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params],
  );
  const [{ data, error }, reexecute] = useQuery({ query: EnterprisesQuery, variables: { filter }, requestPolicy: 'cache-and-network' });
  // live without a feed of its own: asked again every minute and after the socket reconnects
  useRefetchEvery(() => reexecute({ requestPolicy: 'network-only' }), 60_000);
  const may = mayRunCommand(session.roles, 'VerifyEnterpriseOnSite');
  const mayKeep = mayRunCommand(session.roles, 'DesignateKeyUnit');
  const [open, setOpen] = useState<{ code: string; form: 'verify' | 'designate' | 'part' } | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const toggle = (code: string, form: 'verify' | 'designate' | 'part') => setOpen(open?.code === code && open.form === form ? null : { code, form });
  const list = data?.enterprises ?? [];
  return (
    <div className="register">
      <h1>{t('enterprises.title')}</h1>
      <RegisterTabs />
      <p className="muted">{t('enterprises.intro')}</p>
      <form className="filters" aria-label={t('enterprises.filters')} onSubmit={(e) => e.preventDefault()}>
        <RegionFilter id="ent-region" label={t('region')} allLabel={t('allRegions')} regions={names.regions} value={get('region')} onChange={(v) => setParam('region', v)} />
        <TriState id="ent-key" label={t('enterprises.keyUnit')} value={get('keyUnit')} onChange={(v) => setParam('keyUnit', v)} />
        <div>
          <label htmlFor="ent-colour">{t('enterprises.riskColour')}</label>
          <select id="ent-colour" value={get('riskColour')} onChange={(e) => setParam('riskColour', e.target.value)}>
            <option value="">{t('any')}</option>
            {COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(`colour.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <TriState id="ent-verified" label={t('enterprises.verifiedOnSite')} value={get('verifiedOnSite')} onChange={(v) => setParam('verifiedOnSite', v)} />
      </form>
      <AddPanel
        label={t('enterprises.add')}
        testId="enterprise"
        may={mayRunCommand(session.roles, 'RegisterEnterprise')}
        doneText={t('enterprises.done')}
        onAdded={refresh}
        form={(onClose, onDone) => <AddEnterprise onClose={onClose} onDone={onDone} />}
      />
      <ExportButton path="/exports/enterprises.xlsx" params={{ region: get('region'), keyUnit: get('keyUnit'), riskColour: get('riskColour'), verifiedOnSite: get('verifiedOnSite') }} testId="enterprises-export" />
      <ErrorAlert error={error} />
      <RegisterList loaded={Boolean(data)} count={list.length} title={t('enterprises.title')} noneTestId="enterprises-none">
        <table className="plain report-table" data-testid="enterprise-list">
          <thead>
            <tr>
              <th scope="col">{t('enterprises.name')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('sector')}</th>
              <th scope="col">{t('enterprises.keyUnit')}</th>
              <th scope="col">{t('enterprises.parts')}</th>
              <th scope="col">{t('enterprises.sources')}</th>
              <th scope="col">{t('enterprises.siteVerification')}</th>
              {(may || mayKeep) && <th scope="col">{t('sources.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <Fragment key={e.creditCode}>
                <tr data-enterprise={e.creditCode} data-testid="enterprise-row">
                  <th scope="row">
                    {e.name}
                    <br />
                    <span className="muted">{e.creditCode}</span>
                  </th>
                  <td>{names.regionName(e.regionCode)}</td>
                  <td>{t(`translation:sector.${e.sector}`)}</td>
                  <td>{e.keyUnit ? <span className={`badge colour-${e.keyUnit.riskColour}`}>{e.keyUnit.riskColourLabel}</span> : <span className="muted">{t('no')}</span>}</td>
                  <td>
                    {e.keyParts.map((p) => (
                      <div key={p.id}>
                        {p.name}（{p.location}；{p.responsibleName}） <VerificationCell v={p.siteVerification} />
                      </div>
                    ))}
                  </td>
                  <td>{e.majorHazardSources.map((s) => s.name).join('、')}</td>
                  <td>
                    <VerificationCell v={e.siteVerification} />
                  </td>
                  {(may || mayKeep) && (
                    <td>
                      <div className="commands">
                        {may && (
                          <button type="button" aria-expanded={open?.code === e.creditCode && open.form === 'verify'} onClick={() => toggle(e.creditCode, 'verify')} aria-label={t('enterprises.verifyOf', { name: e.name })}>
                            {t('enterprises.verify')}
                          </button>
                        )}
                        {mayKeep && (
                          <button type="button" aria-expanded={open?.code === e.creditCode && open.form === 'designate'} onClick={() => toggle(e.creditCode, 'designate')} aria-label={t('enterprises.designateOf', { name: e.name })}>
                            {t('enterprises.designate')}
                          </button>
                        )}
                        {mayKeep && (
                          <button type="button" aria-expanded={open?.code === e.creditCode && open.form === 'part'} onClick={() => toggle(e.creditCode, 'part')} aria-label={t('enterprises.addPartOf', { name: e.name })}>
                            {t('enterprises.addPart')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
                {open?.code === e.creditCode && (
                  <tr>
                    <td colSpan={8}>
                      {open.form === 'verify' ? (
                        <VerifyEnterprise enterprise={e} onClose={() => setOpen(null)} onDone={refresh} />
                      ) : open.form === 'designate' ? (
                        <Designate enterprise={e} onClose={() => setOpen(null)} onDone={() => (setOpen(null), refresh())} />
                      ) : (
                        <AddPart enterprise={e} onClose={() => setOpen(null)} onDone={() => (setOpen(null), refresh())} />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </RegisterList>
    </div>
  );
}

function VerifyEnterprise({ enterprise: e, onClose, onDone }: { enterprise: Enterprise; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, execute] = useMutation(VerifyEnterpriseMutation);
  const [part, setPart] = useState('');
  const [key] = useState(newIdempotencyKey);
  const id = `verify-${e.creditCode}`;
  return (
    <VerifyForm
      id={id}
      title={t('enterprises.verifyOf', { name: e.name })}
      onClose={onClose}
      onDone={onDone}
      extra={
        e.keyParts.length > 0 ? (
          <Field id={`${id}-part`} label={t('enterprises.target')} kind="select" value={part} onChange={setPart} options={[{ value: '', label: t('enterprises.wholeUnit') }, ...e.keyParts.map((p) => ({ value: p.id, label: p.name }))]} />
        ) : undefined
      }
      send={async (d) => {
        const answer = await execute({
          input: { creditCode: e.creditCode, keyPartId: part || null, result: d.result as never, verifiers: d.verifiers, discrepancies: d.discrepancies, evidenceHashes: d.evidenceHashes, findings: d.findings, expectedVersion: e.version, idempotencyKey: key },
        });
        return errorOf(answer.error) ?? { hazards: answer.data?.verifyEnterpriseOnSite.hazards ?? [] };
      }}
    />
  );
}


/** 登记企业: an enterprise in one of the person's districts and departments. */
function AddEnterprise({ onClose, onDone }: { onClose: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation('register');
  const names = useDutyNames();
  const [, execute] = useMutation(RegisterEnterpriseMutation);
  return (
    <RecordForm
      id="enterprise-new"
      title={t('enterprises.add')}
      testId="enterprise-form"
      fields={[
        { name: 'creditCode', label: t('enterprises.creditCode'), required: true },
        { name: 'name', label: t('enterprises.name'), required: true },
        { name: 'regionCode', label: t('region'), kind: 'select', options: names.regions.map((r) => ({ value: r.code, label: r.name })), required: true },
        { name: 'departmentCode', label: t('department'), kind: 'select', options: names.departments.map((d) => ({ value: d.code, label: d.name })), required: true },
        { name: 'sector', label: t('sector'), kind: 'select', options: SECTORS.map((c) => ({ value: c, label: t(`translation:sector.${c}`) })), required: true },
        { name: 'address', label: t('enterprises.address'), required: true },
      ]}
      onClose={onClose}
      onDone={(v) => onDone(v.name.trim())}
      send={async (v, idempotencyKey) =>
        errorOf((await execute({ input: { creditCode: v.creditCode.trim(), name: v.name.trim(), regionCode: v.regionCode, departmentCode: v.departmentCode, sector: v.sector as never, address: v.address.trim(), idempotencyKey } })).error)
      }
    />
  );
}

/** 认定重点单位: its risk colour and why. */
function Designate({ enterprise: e, onClose, onDone }: { enterprise: Enterprise; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, execute] = useMutation(DesignateKeyUnitMutation);
  return (
    <RecordForm
      id={`designate-${e.creditCode}`}
      title={t('enterprises.designateOf', { name: e.name })}
      fields={[
        { name: 'riskColour', label: t('enterprises.riskColour'), kind: 'select', options: COLOURS.map((c) => ({ value: c, label: t(`colour.${c}`) })), required: true },
        { name: 'basis', label: t('enterprises.basis'), kind: 'textarea', required: true },
      ]}
      initial={{ riskColour: e.keyUnit?.riskColour ?? 'RED', basis: e.keyUnit?.basis ?? '' }}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) =>
        errorOf((await execute({ input: { creditCode: e.creditCode, riskColour: v.riskColour as never, basis: v.basis.trim(), expectedVersion: e.version, idempotencyKey } })).error)
      }
    />
  );
}

/** 添加重点部位: where it is and who answers for it. */
function AddPart({ enterprise: e, onClose, onDone }: { enterprise: Enterprise; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('register');
  const [, execute] = useMutation(AddKeyPartMutation);
  return (
    <RecordForm
      id={`part-${e.creditCode}`}
      title={t('enterprises.addPartOf', { name: e.name })}
      fields={[
        { name: 'partId', label: t('enterprises.partId'), required: true },
        { name: 'name', label: t('enterprises.partName'), required: true },
        { name: 'location', label: t('enterprises.partLocation'), required: true },
        { name: 'responsibleName', label: t('enterprises.responsibleName'), required: true },
        { name: 'responsiblePhone', label: t('enterprises.responsiblePhone') },
      ]}
      initial={{ partId: newRecordId('part') }}
      onClose={onClose}
      onDone={onDone}
      send={async (v, idempotencyKey) =>
        errorOf(
          (
            await execute({
              input: { creditCode: e.creditCode, partId: v.partId.trim(), name: v.name.trim(), location: v.location.trim(), responsibleName: v.responsibleName.trim(), responsiblePhone: v.responsiblePhone.trim() || null, expectedVersion: e.version, idempotencyKey },
            })
          ).error,
        )
      }
    />
  );
}

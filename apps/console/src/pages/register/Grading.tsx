import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { type ServerError, errorOf } from '../../errors';
import type { RegisterGradeQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../report/ErrorAlert';
import { RegisterTabs } from './common';
import { ChemicalsQuery, GradeQuery } from './operations';

type Grade = RegisterGradeQuery['majorHazardGrade'];
const round = (n: number) => String(Math.round(n * 1000) / 1000);
const quantity = (s: string): number | null => (/^\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : null);

/** 分级计算: GB 18218-2018 on what the user types, computed by the server against the edition's reference data (records nothing). */
export function Grading() {
  const { t } = useTranslation('register');
  const client = useClient();
  const [{ data: reference }] = useQuery({ query: ChemicalsQuery });
  const [population, setPopulation] = useState('0');
  const [rows, setRows] = useState([{ name: '', quantity: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [grade, setGrade] = useState<Grade | null>(null);
  const [problem, setProblem] = useState<ServerError | null>(null);
  const [busy, setBusy] = useState(false);
  const chemicals = reference?.hazardousChemicals ?? [];
  const set = (i: number, key: 'name' | 'quantity', value: string) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const compute = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d+$/.test(population.trim())) found.population = t('grading.number');
    rows.forEach((r, i) => {
      if (!r.name.trim()) found[`name-${i}`] = t('verify.required');
      if (quantity(r.quantity) === null) found[`quantity-${i}`] = t('grading.number');
    });
    setErrors(found);
    if (Object.keys(found).length) return document.getElementById(`grade-${Object.keys(found)[0]}`)?.focus();
    setBusy(true);
    const cas = (s: string) => /^\d{2,7}-\d{2}-\d$/.test(s.trim());
    const answer = await client
      .query(GradeQuery, { input: { population500m: Number(population), chemicals: rows.map((r) => ({ ...(cas(r.name) ? { cas: r.name.trim() } : { name: r.name.trim() }), quantityTonnes: quantity(r.quantity) ?? 0 })) } }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    setProblem(errorOf(answer.error));
    setGrade(answer.data?.majorHazardGrade ?? null);
  };
  return (
    <div className="register">
      <h1>{t('grading.title')}</h1>
      <RegisterTabs />
      <p className="muted">{t('grading.intro')}</p>
      <form className="card register-form" onSubmit={(e) => void compute(e)} noValidate aria-label={t('grading.title')} data-testid="grading-form">
        <div className="duty-field">
          <label htmlFor="grade-population">{t('grading.population')}</label>
          <input id="grade-population" type="number" min={0} value={population} onChange={(e) => setPopulation(e.target.value)} aria-invalid={errors.population ? true : undefined} aria-describedby={errors.population ? 'grade-population-error' : undefined} />
          {errors.population && (
            <p id="grade-population-error" className="field-error">
              {errors.population}
            </p>
          )}
        </div>
        <datalist id="grade-chemicals">
          {chemicals.flatMap((c) => [c.name, ...c.aliases]).map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        {rows.map((r, i) => (
          <fieldset key={i} className="duty-form-row register-chemical">
            <legend>{t('grading.row', { n: i + 1 })}</legend>
            {(['name', 'quantity'] as const).map((k) => (
              <div className="duty-field" key={k}>
                <label htmlFor={`grade-${k}-${i}`}>{t(k === 'name' ? 'grading.chemical' : 'grading.quantity')}</label>
                <input
                  id={`grade-${k}-${i}`}
                  list={k === 'name' ? 'grade-chemicals' : undefined}
                  inputMode={k === 'quantity' ? 'decimal' : undefined}
                  value={r[k]}
                  onChange={(e) => set(i, k, e.target.value)}
                  aria-invalid={errors[`${k}-${i}`] ? true : undefined}
                  aria-describedby={errors[`${k}-${i}`] ? `grade-${k}-${i}-error` : undefined}
                />
                {errors[`${k}-${i}`] && (
                  <p id={`grade-${k}-${i}-error`} className="field-error">
                    {errors[`${k}-${i}`]}
                  </p>
                )}
              </div>
            ))}
            {rows.length > 1 && (
              <button type="button" className="link" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                {t('grading.remove', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p className="commands">
          <button type="button" onClick={() => setRows((rs) => [...rs, { name: '', quantity: '' }])}>
            {t('grading.add')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('grading.compute')}
          </button>
        </p>
        <ErrorAlert error={problem} />
      </form>
      {grade && (
        <section aria-labelledby="grade-answer" className="card" data-testid="grade-answer">
          <h2 id="grade-answer">{t('grading.answer')}</h2>
          <p className={`banner ${grade.isMajor ? 'alarm' : 'ok'}`} role="status" data-testid="grade-verdict">
            {grade.isMajor ? t('grading.isMajor', { level: t(`level.${grade.level}`) }) : t('grading.notMajor')}
          </p>
          <p>
            {t('grading.sValue', { s: round(grade.s) })} · {t('grading.alpha', { alpha: round(grade.alpha) })} · {t('grading.rValue', { r: round(grade.r) })} · {grade.standard}
          </p>
          <table className="plain report-table">
            <caption>{t('grading.terms')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grading.chemical')}</th>
                <th scope="col">{t('grading.q')}</th>
                <th scope="col">{t('grading.critical')}</th>
                <th scope="col">{t('grading.ratio')}</th>
                <th scope="col">{t('grading.beta')}</th>
              </tr>
            </thead>
            <tbody>
              {grade.terms.map((term) => (
                <tr key={term.name}>
                  <th scope="row">{term.name}</th>
                  <td>{round(term.quantityTonnes)}</td>
                  <td>{round(term.criticalQuantity)}</td>
                  <td>{round(term.ratio)}</td>
                  <td>{round(term.beta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {chemicals.length > 0 && (
        <section aria-labelledby="grade-reference">
          <h2 id="grade-reference">{t('grading.reference', { standard: chemicals[0].standard })}</h2>
          <div className="report-scroll" role="region" aria-labelledby="grade-reference" tabIndex={0}>
            <table className="plain report-table" data-testid="grade-reference-table">
              <thead>
                <tr>
                  <th scope="col">{t('grading.chemical')}</th>
                  <th scope="col">{t('grading.cas')}</th>
                  <th scope="col">{t('grading.aliases')}</th>
                  <th scope="col">{t('grading.critical')}</th>
                  <th scope="col">{t('grading.beta')}</th>
                </tr>
              </thead>
              <tbody>
                {chemicals.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">{c.name}</th>
                    <td>{c.cas ?? '—'}</td>
                    <td>{c.aliases.join('、')}</td>
                    <td>{round(c.criticalQuantity)}</td>
                    <td>{round(c.beta)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

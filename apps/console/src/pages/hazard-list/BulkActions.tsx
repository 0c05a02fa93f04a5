import { type FormEvent, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { errorOf } from '../../errors';
import { newIdempotencyKey } from '../../hazard/commands';
import { CancelHazardMutation, ListHazardMutation } from '../../hazard/operations';
import { fromBeijingLocal } from '../../time';

type Outcome = { id: string; ok: true } | { id: string; ok: false; code: string; message: string };

/**
 * One command on many hazards. Each hazard's command carries a key made of the batch and the
 * hazard, so retrying the failed ones (or the whole batch after a lost answer) applies nothing twice.
 */
export const BulkActions = memo(function BulkActions({
  selected,
  matchingCount,
  matchingCapped,
  loadMatching,
  codes,
  onFinished,
}: {
  selected: string[];
  /** How many hazards match the filter (the server's count), and whether more match than that. */
  matchingCount: number;
  matchingCapped: boolean;
  /** Every matching hazard's id (loads the rest of the list). */
  loadMatching: () => Promise<string[]>;
  codes: Map<string, string>;
  onFinished: () => void;
}) {
  const { t } = useTranslation('list');
  const client = useClient();
  const [command, setCommand] = useState<'ListHazard' | 'CancelHazard'>('ListHazard');
  const [target, setTarget] = useState<'selected' | 'all'>('selected');
  const [values, setValues] = useState({ listingLevel: 'CITY', supervisingUnit: '', deadline: '', reason: '' });
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [batch, setBatch] = useState(newIdempotencyKey);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);
  const count = target === 'all' ? matchingCount : selected.length;

  const run = async (targets: string[], batchId: string, previous: Outcome[]) => {
    setRunning(true);
    const results = new Map(previous.map((o) => [o.id, o] as const));
    const queue = [...targets];
    const worker = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const idempotencyKey = `bulk-${batchId}-${id}`;
        const answer =
          command === 'ListHazard'
            ? await client.mutation(ListHazardMutation, { input: { hazardId: id, idempotencyKey, listingLevel: values.listingLevel as 'CITY', supervisingUnit: values.supervisingUnit.trim(), deadline: fromBeijingLocal(values.deadline) as string } }).toPromise()
            : await client.mutation(CancelHazardMutation, { input: { hazardId: id, idempotencyKey, reason: values.reason.trim() } }).toPromise();
        const err = errorOf(answer.error);
        results.set(id, err ? { id, ok: false, code: err.code, message: err.message } : { id, ok: true });
        setOutcomes([...results.values()]);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    setRunning(false);
    onFinished();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (count === 0) return setProblem(t('nothingSelected'));
    if (command === 'ListHazard' ? !values.supervisingUnit.trim() || !fromBeijingLocal(values.deadline) : !values.reason.trim()) return setProblem(t('invalid'));
    if (target === 'all' && matchingCapped) return setProblem(t('allNeedsExactCount', { max: matchingCount }));
    if (target === 'all' && confirm.trim() !== String(count)) return setProblem(t('confirmMismatch', { count }));
    const ids = target === 'all' ? await loadMatching() : selected;
    const batchId = newIdempotencyKey();
    setOutcomes([]);
    setBatch(batchId);
    void run(ids, batchId, []);
  };
  const failed = outcomes.filter((o) => !o.ok);
  return (
    <section className="card" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('bulk')}</h2>
      <p>{t('selected', { count: selected.length })}</p>
      <form className="filters" onSubmit={(e) => void submit(e)}>
        <div>
          <label htmlFor="bulk-command">{t('command')}</label>
          <select id="bulk-command" value={command} onChange={(e) => setCommand(e.target.value as typeof command)}>
            <option value="ListHazard">{t('ListHazard')}</option>
            <option value="CancelHazard">{t('CancelHazard')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="bulk-target">{t('target')}</label>
          <select id="bulk-target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
            <option value="selected">{t('targetSelected', { count: selected.length })}</option>
            <option value="all">{t('targetAll', { count: `${matchingCount}${matchingCapped ? '+' : ''}` })}</option>
          </select>
        </div>
        {command === 'ListHazard' ? (
          <>
            <div>
              <label htmlFor="bulk-level">{t('listingLevel')}</label>
              <select id="bulk-level" value={values.listingLevel} onChange={(e) => setValues({ ...values, listingLevel: e.target.value })}>
                {['COUNTY', 'CITY', 'PROVINCE'].map((l) => (
                  <option key={l} value={l}>
                    {t(`translation:listingLevel.${l}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="bulk-unit">{t('supervisingUnit')}</label>
              <input id="bulk-unit" value={values.supervisingUnit} onChange={(e) => setValues({ ...values, supervisingUnit: e.target.value })} />
            </div>
            <div>
              <label htmlFor="bulk-deadline">{t('deadline')}</label>
              <input id="bulk-deadline" type="datetime-local" value={values.deadline} onChange={(e) => setValues({ ...values, deadline: e.target.value })} />
            </div>
          </>
        ) : (
          <div>
            <label htmlFor="bulk-reason">{t('reason')}</label>
            <input id="bulk-reason" value={values.reason} onChange={(e) => setValues({ ...values, reason: e.target.value })} />
          </div>
        )}
        {target === 'all' && (
          <div>
            <label htmlFor="bulk-confirm">{t('confirmAll', { count })}</label>
            <input id="bulk-confirm" inputMode="numeric" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </div>
        )}
        <button type="submit" className="primary" disabled={running}>
          {t('run')}
        </button>
      </form>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {outcomes.length > 0 && (
        <div role="status">
          <p>{t('results', { ok: outcomes.length - failed.length, failed: failed.length, total: outcomes.length })}</p>
          <ul data-testid="bulk-results">
            {outcomes.map((o) => (
              <li key={o.id}>
                {codes.get(o.id) ?? o.id}: {o.ok ? t('ok') : `${o.code} ${o.message}`}
              </li>
            ))}
          </ul>
          {failed.length > 0 && !running && (
            <button type="button" onClick={() => void run(failed.map((f) => f.id), batch, outcomes)}>
              {t('retryFailed', { count: failed.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
});

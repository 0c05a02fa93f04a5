import { useSearchParams } from 'react-router';

/** A page's filter kept in the URL (so it survives a reload and can be shared): read a parameter, set or clear one. */
export function useUrlFilter() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { params, get, set };
}

/** The district filter: every district the person's scope offers, or all of them. */
export function RegionFilter({ id, label, allLabel, regions, value, onChange }: { id: string; label: string; allLabel: string; regions: readonly { code: string; name: string }[]; value: string; onChange: (code: string) => void }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}

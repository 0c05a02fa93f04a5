import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './texts';

/** 报表's pages, one sub-navigation (a landmark of its own), like the duty desk's. */
export function ReportsTabs() {
  const { t } = useTranslation('reports');
  const tabs = [
    ['/reporting', t('nav.period')],
    ['/reporting/import', t('nav.import')],
  ] as const;
  return (
    <nav aria-label={t('nav.label')} className="duty-tabs">
      <ul>
        {tabs.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

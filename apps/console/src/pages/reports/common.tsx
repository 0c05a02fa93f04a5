import { useTranslation } from 'react-i18next';
import { SubTabs } from '../../SubTabs';
import './texts';

/** 报表's pages, one sub-navigation (a landmark of its own), like the duty desk's. */
export function ReportsTabs() {
  const { t } = useTranslation('reports');
  return (
    <SubTabs
      label={t('nav.label')}
      tabs={[
        { to: '/reporting', label: t('nav.period') },
        { to: '/reporting/import', label: t('nav.import') },
      ]}
    />
  );
}

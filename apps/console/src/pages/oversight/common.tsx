import { useTranslation } from 'react-i18next';
import { SubTabs } from '../../SubTabs';
import { useDutyNames } from '../duty/common';
import './texts';

/** 专项行动与督查检查's pages, one sub-navigation, like the duty desk's (a campaign's page lights 专项行动). */
export function OversightTabs() {
  const { t } = useTranslation('oversight');
  return (
    <SubTabs
      label={t('nav.label')}
      tabs={[
        { to: '/campaigns', label: t('nav.campaigns'), prefix: true },
        { to: '/oversight', label: t('nav.oversight') },
      ]}
    />
  );
}

/** A district's or department's name (the code when unknown); none is the committee office. */
export function useUnitName() {
  const { t } = useTranslation('oversight');
  const names = useDutyNames();
  return (unit: { kind: string; code: string } | null | undefined) => (!unit ? t('office') : unit.kind === 'DISTRICT' ? names.regionName(unit.code) : names.departmentName(unit.code));
}

/** Four measures as done / not yet badges. */
export function Measures({ measures }: { measures: Record<'specialMeeting' | 'supervisionRounds' | 'listedMajorHazards' | 'penaltyCases', boolean> }) {
  const { t } = useTranslation('oversight');
  return (
    <ul className="campaign-measures">
      {(['specialMeeting', 'supervisionRounds', 'listedMajorHazards', 'penaltyCases'] as const).map((m) => (
        <li key={m} data-measure={m} data-done={measures[m]}>
          <span className={`badge ${measures[m] ? 'RECTIFIED' : 'overdue'}`}>{measures[m] ? t('done') : t('notDone')}</span> {t(`measure.${m}`)}
        </li>
      ))}
    </ul>
  );
}

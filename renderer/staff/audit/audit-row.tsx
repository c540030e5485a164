import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../main/contract/kiosk-contract.js';

export function AuditRow({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation();
  return (
    <li className="audit-row" data-testid="audit-row" data-action={entry.action}>
      <bdi className="audit-time" dir="ltr">
        {entry.officeTime}
      </bdi>
      <span className="audit-who">{entry.displayName ?? t('staff.audit.unknownBadge')}</span>
      <span className="audit-action">{t(`staff.audit.actions.${entry.action}`)}</span>
      {entry.target ? (
        <bdi className="audit-target" dir="ltr">
          {entry.target}
        </bdi>
      ) : null}
      {entry.outcome ? (
        <bdi className="audit-outcome" dir="auto">
          {entry.outcome}
        </bdi>
      ) : null}
    </li>
  );
}

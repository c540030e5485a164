import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../main/contract/kiosk-contract.js';
import { formatWallClock } from '../../i18n/locale-format.js';
import { auditDetailWords } from './audit-detail-words.js';

export function AuditRow({ entry }: { entry: AuditEntryView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="audit-row" data-testid="audit-row" data-action={entry.action}>
      <bdi className="audit-time">{formatWallClock(entry.officeTime, i18n.language)}</bdi>
      <span className="audit-who">{entry.displayName ?? t('staff.audit.unknownBadge')}</span>
      <span className="audit-action">{t(`staff.audit.actions.${entry.action}`)}</span>
      {/* Both cells always there, empty or not, so every row keeps the same columns. */}
      <bdi className="audit-target">{entry.target ? auditDetailWords(entry.target, t, i18n.language) : ''}</bdi>
      <bdi className="audit-outcome">{entry.outcome ? auditDetailWords(entry.outcome, t, i18n.language) : ''}</bdi>
    </li>
  );
}

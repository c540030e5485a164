import { useTranslation } from 'react-i18next';
import type { JournalSummaryView, Language } from '../../../main/contract/kiosk-contract.js';
import { JournalRow } from './journal-row.js';

export interface JournalResultsProps {
  items: readonly JournalSummaryView[];
  total: number | '10000+';
  hasMore: boolean;
  loadingMore: boolean;
  language: Language;
  onOpen: (entry: JournalSummaryView) => void;
  onMore: () => void;
}

export function JournalResults({ items, total, hasMore, loadingMore, language, onOpen, onMore }: JournalResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="journal-results">
      <p className="journal-total" data-testid="journal-total" data-total={String(total)}>
        {total === '10000+' ? t('staff.journal.tooMany') : t('staff.journal.total', { total })}
      </p>
      {items.length === 0 ? (
        <p className="staff-empty" data-testid="journal-empty">
          {t('staff.journal.none')}
        </p>
      ) : (
        <ul className="journal-list">
          {items.map((entry) => (
            <JournalRow key={entry.id} entry={entry} language={language} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {hasMore ? (
        <button type="button" className="action-button staff-secondary" data-testid="journal-more" disabled={loadingMore} onClick={onMore}>
          {t('staff.journal.more')}
        </button>
      ) : null}
    </div>
  );
}

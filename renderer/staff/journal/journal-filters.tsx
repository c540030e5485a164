import { useTranslation } from 'react-i18next';
import { PERIODS, SERVICE_FILTERS, STATE_FILTERS, type JournalFilters } from '../journal-query.js';
import { ChipGroup } from './chip-group.js';

export interface JournalFiltersProps {
  filters: JournalFilters;
  onChange: (filters: JournalFilters) => void;
  onEditNumber: () => void;
  onSearch: () => void;
  busy: boolean;
}

export function JournalFiltersPanel({ filters, onChange, onEditNumber, onSearch, busy }: JournalFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="journal-filters">
      <div className="journal-number-line">
        <span className="chip-group-label">{t('staff.journal.number')}</span>
        <button type="button" className="journal-number-field" data-testid="journal-number-field" onClick={onEditNumber}>
          {filters.number === '' ? (
            <span className="journal-number-placeholder">{t('staff.journal.anyNumber')}</span>
          ) : (
            <bdi dir="ltr">{filters.number}</bdi>
          )}
        </button>
        {filters.number !== '' ? (
          <button type="button" className="chip" data-testid="journal-number-clear" onClick={() => onChange({ ...filters, number: '' })}>
            {t('staff.journal.clearNumber')}
          </button>
        ) : null}
      </div>
      <ChipGroup
        label={t('staff.journal.period')}
        options={PERIODS}
        value={filters.period}
        testIdPrefix="journal-period"
        labelOf={(period) => t(`staff.journal.periods.${period}`)}
        onChange={(period) => onChange({ ...filters, period })}
      />
      <ChipGroup
        label={t('staff.journal.service')}
        options={SERVICE_FILTERS}
        value={filters.service}
        testIdPrefix="journal-service"
        labelOf={(service) => (service === 'all' ? t('staff.journal.allServices') : t(`services.${service}.name`))}
        onChange={(service) => onChange({ ...filters, service })}
      />
      <ChipGroup
        label={t('staff.journal.stateLabel')}
        options={STATE_FILTERS}
        value={filters.state}
        testIdPrefix="journal-state"
        labelOf={(state) => t(`staff.journal.states.${state}`)}
        onChange={(state) => onChange({ ...filters, state })}
      />
      <button type="button" className="action-button staff-primary" data-testid="journal-search" disabled={busy} onClick={onSearch}>
        {t('staff.journal.search')}
      </button>
    </div>
  );
}

// Journal search: filters, results page by page, and a receipt opened as it was printed.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummaryView, Language } from '../../../main/contract/kiosk-contract.js';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard.js';
import { DEFAULT_FILTERS, journalSearchRequest, type JournalFilters } from '../journal-query.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import { officeDayOf } from '../staff-format.js';
import { JournalFiltersPanel } from './journal-filters.js';
import { JournalResults } from './journal-results.js';
import { receiptNumberRule } from './receipt-number-rule.js';
import { ReceiptView } from './receipt-view.js';

interface Results {
  items: JournalSummaryView[];
  total: number | '10000+';
  nextCursor?: string;
}

export interface JournalScreenProps {
  client: StaffClient;
  language: Language;
  timeZone: string;
  /** A reprint may have emptied the pending list. */
  onPrinted: () => void;
}

export function JournalScreen({ client, language, timeZone, onPrinted }: JournalScreenProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<JournalFilters>(DEFAULT_FILTERS);
  const [results, setResults] = useState<Results | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingNumber, setEditingNumber] = useState(false);
  const [opened, setOpened] = useState<JournalSummaryView | null>(null);
  // "More" and a refresh after a reprint continue the search shown, not chips changed since.
  const [searched, setSearched] = useState<JournalFilters>(DEFAULT_FILTERS);

  // 'load' when the screen lists by itself (opening, refresh): only a clerk's search is audited.
  const run = useCallback(
    (search: JournalFilters, purpose: 'search' | 'load', cursor?: string) => {
      setBusy(true);
      setProblem(null);
      setSearched(search);
      const request = { ...journalSearchRequest(search, officeDayOf(new Date(), timeZone), cursor), purpose };
      client
        .request('staff.journal.search', request)
        .then((result) => {
          if (result.kind === 'invalid') {
            // main's reason is English, for the logs; the clerk reads it in the screen's language.
            setProblem(t('staff.journal.invalidSearch'));
            return;
          }
          setResults((previous) => ({
            items: cursor && previous ? [...previous.items, ...result.items] : result.items,
            total: result.total,
            nextCursor: result.nextCursor,
          }));
        })
        .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
        .finally(() => setBusy(false));
    },
    [client, t, timeZone],
  );

  // Today's receipts first: the usual question is about a citizen who just left.
  useEffect(() => run(DEFAULT_FILTERS, 'load'), [run]);

  if (editingNumber) {
    return (
      <section className="staff-panel journal-number-editor" data-testid="journal-number-editor">
        <OnScreenKeyboard
          rule={receiptNumberRule}
          value={filters.number}
          onChange={(number) => setFilters((current) => ({ ...current, number }))}
          onDone={(number) => {
            setEditingNumber(false);
            run({ ...filters, number }, 'search');
          }}
          language={language}
          label={t('staff.journal.number')}
        />
      </section>
    );
  }

  return (
    <section className="staff-panel journal-screen" data-testid="journal-screen">
      <JournalFiltersPanel filters={filters} onChange={setFilters} onEditNumber={() => setEditingNumber(true)} onSearch={() => run(filters, 'search')} busy={busy} />
      {problem ? (
        <p className="staff-message staff-message--error" data-testid="journal-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {results ? (
        <JournalResults
          items={results.items}
          total={results.total}
          hasMore={results.nextCursor !== undefined}
          loadingMore={busy}
          language={language}
          onOpen={setOpened}
          onMore={() => run(searched, 'load', results.nextCursor)}
        />
      ) : null}
      {opened ? (
        <ReceiptView
          client={client}
          entry={opened}
          onClose={() => setOpened(null)}
          onReprinted={() => {
            onPrinted();
            run(searched, 'load');
          }}
        />
      ) : null}
    </section>
  );
}

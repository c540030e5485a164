// One receipt as it was printed (the printer's own bitmap), with a reprint button.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummaryView, ReceiptViewResult, ReprintResult } from '../../../main/contract/kiosk-contract.js';
import { staffErrorKey, type StaffClient } from '../staff-client.js';
import { ScrollCue, useScrollMore } from '../scroll-cue.js';
import { ReprintMessage } from './reprint-message.js';

export interface ReceiptViewProps {
  client: StaffClient;
  entry: JournalSummaryView;
  onClose: () => void;
  onReprinted: () => void;
}

export function ReceiptView({ client, entry, onClose, onReprinted }: ReceiptViewProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<ReceiptViewResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reprint, setReprint] = useState<ReprintResult | null>(null);
  const [printing, setPrinting] = useState(false);
  const [paper, setPaper] = useState<HTMLDivElement | null>(null);
  const more = useScrollMore(paper);

  useEffect(() => {
    let live = true;
    client
      .request('staff.journal.view', { id: entry.id })
      .then((result) => live && setView(result))
      .catch((error: unknown) => live && setProblem(t(staffErrorKey(error))));
    return () => {
      live = false;
    };
  }, [client, entry.id, t]);

  const doReprint = () => {
    setPrinting(true);
    setReprint(null);
    setProblem(null);
    client
      .request('staff.journal.reprint', { id: entry.id })
      .then((result) => {
        setReprint(result);
        onReprinted();
      })
      .catch((error: unknown) => setProblem(t(staffErrorKey(error))))
      .finally(() => setPrinting(false));
  };

  return (
    <div className="modal-backdrop receipt-backdrop" role="dialog" aria-modal="true" aria-labelledby="receipt-title">
      <div className="receipt-view" data-testid="receipt-view" data-number={entry.number}>
        <h2 id="receipt-title" className="staff-title">
          {t('staff.receipt.title')} <bdi dir="ltr">{entry.number}</bdi>
        </h2>
        <div className="receipt-paper-frame">
        {/* Focusable so a keyboard (a technician's, an accessibility switch) can scroll a long receipt. */}
        <div className="receipt-paper" ref={setPaper} tabIndex={0} role="region" aria-labelledby="receipt-title">
          {view?.kind === 'found' ? (
            <img data-testid="receipt-image" className="receipt-image" src={`data:image/png;base64,${view.pngBase64}`} alt={t('staff.receipt.imageAlt', { number: entry.number })} />
          ) : null}
          {view?.kind === 'not-found' || view?.kind === 'damaged' ? (
            <p className="staff-message staff-message--error" data-testid="receipt-missing" data-kind={view.kind}>
              {t(`staff.receipt.${view.kind === 'not-found' ? 'notFound' : 'damaged'}`)}
            </p>
          ) : null}
          {view === null && problem === null ? <p className="staff-hint">{t('staff.loading')}</p> : null}
        </div>
        <ScrollCue more={more} />
        </div>
        <div className="receipt-side">
          {reprint ? <ReprintMessage result={reprint} /> : null}
          {problem ? (
            <p className="staff-message staff-message--error" data-testid="receipt-problem" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="button" className="action-button staff-primary" data-testid="receipt-reprint" disabled={printing || view?.kind === 'not-found'} onClick={doReprint}>
            {printing ? t('staff.receipt.printing') : t('staff.receipt.reprint')}
          </button>
          <button type="button" className="action-button staff-secondary" data-testid="receipt-close" onClick={onClose}>
            {t('staff.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { PictogramFrame, type PictogramProps } from '../pictograms/pictogram-frame.js';
import type { PrinterProblem } from '../use-printer-state.js';
import { ScrollBox } from './scroll-box.js';

/** A receipt printer with an empty paper slot, crossed out. */
function PrinterDownPictogram(props: PictogramProps) {
  return (
    <PictogramFrame {...props}>
      <path d="M18 22V8h22l6 6v8" />
      <rect x="8" y="22" width="48" height="22" rx="4" />
      <path d="M18 44v12h28V44" strokeDasharray="4 5" />
      <path d="M6 6l52 52" />
    </PictogramFrame>
  );
}

/**
 * Told before a citizen starts: no paper will come out, and what to do instead. Not a block:
 * every tile still works, and the result screens show the number and its QR code.
 */
export function PrinterNotice({ problem }: { problem: PrinterProblem }) {
  const { t } = useTranslation();
  const key = problem === 'paper-out' ? 'paperOut' : 'unavailable';
  return (
    <aside className="problem-panel printer-notice" role="alert" data-testid="printer-notice" data-problem={problem}>
      <PrinterDownPictogram className="problem-icon" />
      {/* Beside the ticket tile on a short screen the advice may not fit: it scrolls, the tile stays whole. */}
      <ScrollBox frameClassName="printer-notice-frame" className="problem-text printer-notice-text" labelledBy="printer-notice-title">
        <p id="printer-notice-title" className="problem-title">
          {t(`printer.notice.${key}`)}
        </p>
        <p className="printer-notice-advice">{t('printer.notice.advice')}</p>
      </ScrollBox>
    </aside>
  );
}

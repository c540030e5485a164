import { useTranslation } from 'react-i18next';
import type { ReprintResult } from '../../../main/contract/kiosk-contract.js';
import { printFailureKey } from '../staff-format.js';

export function ReprintMessage({ result }: { result: ReprintResult }) {
  const { t } = useTranslation();
  let text: string;
  switch (result.kind) {
    case 'printed':
      text = t('staff.receipt.copyPrinted', { number: result.reprintCount });
      break;
    case 'not-printed':
      text = result.reason === 'paper-out' ? t('staff.receipt.noPaper') : t('staff.receipt.notPrinted', { reason: t(printFailureKey(result.reason)) });
      break;
    case 'not-found':
      text = t('staff.receipt.notFound');
      break;
  }
  return (
    <p
      className={`staff-message ${result.kind === 'printed' ? 'staff-message--ok' : 'staff-message--error'}`}
      data-testid="reprint-result"
      data-kind={result.kind}
      data-reason={result.kind === 'not-printed' ? result.reason : undefined}
      role="status"
    >
      {text}
    </p>
  );
}

// The self-test report on paper, in the technician's screen language: each check's name and
// verdict in words (not only a mark, the paper has no colour), the details of what is not
// right in the drivers' own technician words, and the file the full report was saved as.
import type { TFunction } from 'i18next';
import type { Receipt, ReceiptBlock } from '../../hardware/printer/receipt-model.js';
import type { Language, SelfTestCheck, SelfTestReport } from '../contract/kiosk-contract.js';
import { headerBlocks, isolateLtr, pair, receiptOf } from '../services/procedures/receipt-blocks.js';
import { formatReceiptDate, type ReceiptTranslator } from '../services/receipt-text.js';

export interface SelfTestReceiptOptions {
  language: Language;
  timeZone: string;
  /** The saved JSON file's name; absent when it could not be saved. */
  fileName?: string | undefined;
}

/** The receipt holds at most 200 blocks; a report never comes near, this keeps it so. */
const MAX_CHECKS = 60;

export function buildSelfTestReceipt(report: SelfTestReport, opts: SelfTestReceiptOptions, translate: ReceiptTranslator): Receipt {
  const t = translate(opts.language);
  const k = (key: string, values?: Record<string, string>): string => t(`tech-self-test.${key}`, values ?? {});
  const verdictWord = (v: SelfTestCheck['verdict']): string => k(`verdicts.${v}`);
  const checks: ReceiptBlock[] = report.checks.slice(0, MAX_CHECKS).flatMap((c) => {
    const line = pair(checkName(c, t), verdictWord(c.verdict), c.verdict !== 'pass');
    if (c.verdict === 'pass') return [line];
    // First-strong isolate: English driver words stay in their order on an Arabic receipt.
    return [line, { kind: 'text', text: `\u2068${c.detail.slice(0, 400)}\u2069`, size: 'small', align: 'start' } satisfies ReceiptBlock];
  });
  return receiptOf(opts.language, [
    ...headerBlocks(report.office, k('receipt.title')),
    pair(k('receipt.kiosk'), isolateLtr(report.kioskId)),
    pair(k('receipt.at'), formatReceiptDate(new Date(report.finishedAt), opts.language, opts.timeZone)),
    pair(k('receipt.technician'), isolateLtr(report.technician)),
    { kind: 'rule' },
    pair(k('receipt.overall'), verdictWord(report.overall), true),
    { kind: 'rule' },
    ...checks,
    { kind: 'rule' },
    opts.fileName
      ? { kind: 'text', text: k('receipt.savedAs', { file: isolateLtr(opts.fileName) }), size: 'small', align: 'start' }
      : { kind: 'text', text: k('receipt.notSaved'), size: 'small', align: 'start' },
    { kind: 'space', dots: 8 },
    { kind: 'text', text: k('receipt.end'), size: 'small', align: 'center' },
  ]);
}

/** The check's name in the technician's language; shared with nothing else, the screen has its own. */
export function checkName(c: Pick<SelfTestCheck, 'kind' | 'subject'>, t: TFunction): string {
  // A device is called what the overview calls it.
  if (c.kind === 'device') return t(`tech.kinds.${c.subject ?? ''}`, { defaultValue: c.subject ?? '' });
  return t(`tech-self-test.checks.${c.kind}`);
}

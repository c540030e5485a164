// What a citizen reads after a card payment the office could not confirm: a payment being
// checked is said to be one (not "did not go through"), with its check number, and offers no
// way back to the notice, where paying it again would be one tap away.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../main/contract/kiosk-contract.js';
import { createKioskI18n } from '../../../renderer/i18n/kiosk-i18n.js';
import { TaxOutcomeStep } from '../../../renderer/kiosk/flows/tax/tax-outcome-step.js';
import type { PaymentFailure } from '../../../renderer/kiosk/flows/tax/tax-state.js';

const noop = () => undefined;
const render = (language: Language, failure: PaymentFailure) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: createKioskI18n(language) }, createElement(TaxOutcomeStep, { failure, onRetry: noop, onLookUpAgain: noop, onBackToNotice: noop, onDone: noop })),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('tax outcome', () => {
  const checking: PaymentFailure = { outcome: 'not-confirmed', reversed: false, checking: true, checkNumber: 'V-68C94323', print: { ok: true } };

  it('calls a payment being checked by its name, with its check number, and offers no way back to the notice', () => {
    const fr = render('fr', checking);
    expect(text(fr)).toContain('Paiement en cours de vérification');
    expect(text(fr)).not.toContain('n’a pas abouti');
    // A word joiner after the hyphen: the number never breaks across two lines.
    expect(text(fr)).toContain('V-\u206068C94323');
    expect(fr).not.toContain('data-testid="tax-back-to-notice"');
    expect(fr).toContain('data-testid="tax-outcome-done"');
    expect(text(render('ar', checking))).toContain('الأداء قيد التحقق');
  });

  it('still says a refunded payment did not go through, and lets the citizen go back to the notice', () => {
    const fr = render('fr', { outcome: 'not-confirmed', reversed: true, print: { ok: true } });
    expect(text(fr)).toContain('Le paiement n’a pas abouti');
    expect(fr).toContain('data-testid="tax-back-to-notice"');
  });
});

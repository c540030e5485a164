// Money on screen: dirhams with two decimals, digits always Western (as on Moroccan notices).
import type { Language } from '../../../../main/contract/kiosk-contract.js';

const LOCALE: Record<Language, string> = { ar: 'ar-MA', fr: 'fr-MA', zgh: 'fr-MA', en: 'en-GB' };

export function formatMoney(centimes: number, language: Language): string {
  const amount = new Intl.NumberFormat(`${LOCALE[language]}-u-nu-latn`, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(centimes / 100);
  return language === 'ar' ? `${amount} درهم` : `${amount} DH`;
}

// Identifiers are shown on screen and paper by their last digits only (law 09-08): enough
// for the citizen to recognise their own card or phone, too little for anyone behind them.
const BULLETS = '••••';

/** `•••• 5678`: the last four characters of a document or card number. */
export function maskDocumentNumber(number: string): string {
  const clean = number.replace(/[^A-Za-z0-9]/g, '');
  return clean.length > 4 ? `${BULLETS} ${clean.slice(-4)}` : BULLETS;
}

/** `•• •• •• •• 78`: a phone number grouped as Moroccans write it, last two digits shown. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? `•• •• •• •• ${digits.slice(-2)}` : '•• •• •• ••';
}

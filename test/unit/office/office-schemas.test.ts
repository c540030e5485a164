import { describe, expect, it } from 'vitest';
import { civilStatusRequestSchema, reportSchema, taxPaymentSchema, trackingNumberSchema } from '../../../main/office/office-schemas.js';

const cardRequest = {
  document: 'birth-extract',
  copies: 2,
  documentLanguage: 'fr',
  identity: { method: 'card-number', cardNumber: 'BE123456', birthDate: '1974-08-12' },
};
const report = {
  kind: 'complaint',
  category: 'lighting',
  place: { arrondissementId: 'hay-mohammadi', neighbourhoodId: 'hay-mohammadi-1' },
  description: 'Lampadaire éteint depuis une semaine devant l’école',
};

describe('office API schemas', () => {
  it('accepts a civil-status request identified by typed card number or by MRZ fields', () => {
    expect(civilStatusRequestSchema.safeParse(cardRequest).success).toBe(true);
    const mrz = {
      ...cardRequest,
      identity: { method: 'mrz', documentFormat: 'TD1', issuingState: 'MAR', documentNumber: 'D23145890', birthDate: '1974-08-12', expiryDate: '2032-04-15' },
    };
    expect(civilStatusRequestSchema.safeParse(mrz).success).toBe(true);
  });

  it('refuses 0 or 11 copies, an unknown document, a language other than ar/fr, a malformed card number', () => {
    for (const bad of [
      { ...cardRequest, copies: 0 },
      { ...cardRequest, copies: 11 },
      { ...cardRequest, document: 'residence-certificate' },
      { ...cardRequest, documentLanguage: 'en' },
      { ...cardRequest, identity: { method: 'card-number', cardNumber: '12-34', birthDate: '1974-08-12' } },
      { ...cardRequest, identity: { method: 'card-number', cardNumber: 'BE123456', birthDate: '12/08/1974' } },
    ]) {
      expect(civilStatusRequestSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('takes a report with a 1000-character description but refuses 1001, an empty one or no category', () => {
    expect(reportSchema.safeParse({ ...report, description: 'x'.repeat(1000) }).success).toBe(true);
    expect(reportSchema.safeParse({ ...report, description: 'x'.repeat(1001) }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, description: '   ' }).success).toBe(false);
    const { category: _omitted, ...noCategory } = report;
    expect(reportSchema.safeParse(noCategory).success).toBe(false);
  });

  it('lets a phone number travel only with SMS consent', () => {
    expect(reportSchema.safeParse({ ...report, contact: { phone: '+212612345678', smsConsent: true } }).success).toBe(true);
    expect(reportSchema.safeParse({ ...report, contact: { phone: '+212612345678', smsConsent: false } }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, contact: { phone: '06 12', smsConsent: true } }).success).toBe(false);
  });

  it('keeps money in whole centimes of dirham', () => {
    const pay = { authorizationCode: 'A1B2C3', terminalId: 'tpe-01', amount: { currency: 'MAD', centimes: 130200 } };
    expect(taxPaymentSchema.safeParse(pay).success).toBe(true);
    expect(taxPaymentSchema.safeParse({ ...pay, amount: { currency: 'MAD', centimes: 1302.5 } }).success).toBe(false);
    expect(taxPaymentSchema.safeParse({ ...pay, amount: { currency: 'EUR', centimes: 130200 } }).success).toBe(false);
  });

  it('recognises tracking numbers', () => {
    expect(trackingNumberSchema.safeParse('AR-2026-000001').success).toBe(true);
    expect(trackingNumberSchema.safeParse('AR-2026-1').success).toBe(false);
  });
});

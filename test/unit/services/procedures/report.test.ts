import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Places, placesSchema, type ReportSubmit } from '../../../../main/contract/kiosk-contract.js';
import { normaliseMoroccanMobile } from '../../../../main/services/procedures/report-validation.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';

const DELIVERED = { trackingNumber: 'RC-2026-000007', receivedAt: '2026-11-26T09:15:00.000Z', answerDeadline: '2027-01-25', status: 'received' };

describe('public-space reports', () => {
  let f: ProcedureFixture;
  let sessionId: string;
  beforeEach(async () => {
    f = await createProcedureFixture({ requestTimeoutMs: 300 });
    sessionId = await f.consentedSession('fr');
  });
  afterEach(async () => f.close());

  const report = (change: Partial<ReportSubmit> = {}): ReportSubmit => ({
    sessionId,
    kind: 'complaint',
    category: 'lighting',
    place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'attacharouk', landmark: ' Près de la station de tram ' },
    description: '  Trois lampadaires éteints depuis une semaine.  ',
    ...change,
  });

  it('lists the Casablanca arrondissements and their neighbourhoods in the four languages', async () => {
    const places: Places = placesSchema.parse(await f.value('places.list', {}));
    const ids = places.map((a) => a.id);
    for (const id of ['sidi-moumen', 'hay-mohammadi', 'ain-sebaa', 'ain-chock', 'sidi-bernoussi', 'ben-msick', 'moulay-rachid', 'al-fida', 'mers-sultan', 'anfa', 'maarif', 'sidi-belyout', 'hay-hassani']) {
      expect(ids).toContain(id);
    }
    for (const a of places) {
      expect(a.neighbourhoods.length).toBeGreaterThanOrEqual(2);
      for (const name of [a.name, ...a.neighbourhoods.map((n) => n.name)]) {
        expect(name.ar).toMatch(/[\u0600-\u06ff]/);
        expect(name.zgh).toMatch(/^[\u2d30-\u2d7f -]+$/);
        expect(name.fr.length).toBeGreaterThan(0);
        expect(name.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('names the field to fix, and asks nothing of the backend, for each bad input', async () => {
    const cases: Array<[Partial<ReportSubmit>, string]> = [
      [{ category: '' }, 'category'],
      [{ category: 'potholes' }, 'category'],
      [{ place: { arrondissementId: 'anfa', neighbourhoodId: 'attacharouk', landmark: '' } }, 'place'],
      [{ place: { arrondissementId: 'nowhere', neighbourhoodId: 'attacharouk', landmark: '' } }, 'place'],
      [{ place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'attacharouk', landmark: 'x'.repeat(201) } }, 'landmark'],
      [{ description: '   ' }, 'description'],
      [{ description: 'x'.repeat(1001) }, 'description'],
      [{ contact: { phone: '0512345678', smsConsent: true } }, 'phone'],
      [{ contact: { phone: '', smsConsent: true } }, 'phone'],
      [{ contact: { phone: '0612345678', smsConsent: false } }, 'smsConsent'],
    ];
    for (const [change, field] of cases) {
      expect(await f.value('report.submit', report(change)), field).toEqual({ outcome: 'refused', reason: 'invalid', field });
    }
    expect(f.backend.calls).toEqual([]);
    expect(f.printer.receipts).toEqual([]);
  });

  it('asks for consent before any report', async () => {
    const other = f.sessions.start('fr');
    expect(await f.value('report.submit', { ...report(), sessionId: other.id })).toEqual({ outcome: 'refused', reason: 'consent-required' });
  });

  it('sends a trimmed report with the phone in international form, and prints it with the phone masked', async () => {
    f.backend.on('POST', /^\/v1\/reports$/, { kind: 'json', status: 201, body: DELIVERED });
    const result = await f.value('report.submit', report({ description: `  ${'é'.repeat(1000)}  `, contact: { phone: '06 12 34 56 78', smsConsent: true } }));
    expect(result).toEqual({
      outcome: 'submitted',
      receipt: {
        reference: 'RC-2026-000007',
        transmission: 'delivered',
        category: 'lighting',
        answerDeadline: '2027-01-25',
        maskedPhone: '•• •• •• •• 78',
        qr: 'BORNE/R/RC-2026-000007',
      },
      print: { ok: true },
    });
    expect(f.backend.calls[0]?.body).toEqual({
      kind: 'complaint',
      category: 'lighting',
      place: { arrondissementId: 'sidi-moumen', neighbourhoodId: 'attacharouk', landmark: 'Près de la station de tram' },
      description: 'é'.repeat(1000),
      contact: { phone: '+212612345678', smsConsent: true },
      kioskReference: 'KDEVKIOSK-2026-000001',
    });
    const texts = f.printer.texts();
    expect(texts).toEqual(expect.arrayContaining(['Éclairage public', 'Réclamation', 'Sidi Moumen', 'Attacharouk', '25 janvier 2027', '\u2066•• •• •• •• 78\u2069']));
    expect(texts.join(' ')).not.toContain('12 34 56');
    expect(f.logLines.join('\n')).not.toMatch(/612345678|lampadaires|éééé/);
  });

  it('gives the kiosk reference and a 60-day deadline at the office when the backend fails (500)', async () => {
    f.backend.on('POST', /^\/v1\/reports$/, { kind: 'problem', status: 500, code: 'internal' });
    const result = await f.value('report.submit', report({ kind: 'suggestion', category: 'green-spaces' }));
    expect(result).toMatchObject({
      outcome: 'submitted',
      receipt: { reference: 'KDEVKIOSK-2026-000001', transmission: 'pending', category: 'green-spaces', answerDeadline: '2027-01-25' },
    });
    expect(f.printer.texts()).toEqual(expect.arrayContaining(['En attente de transmission', 'Espaces verts', 'Suggestion']));
  });

  it('reads Moroccan mobile numbers the ways citizens type them', () => {
    expect(['0612345678', '07 12 34 56 78', '+212 6 12 34 56 78', '00212712345678', '06.12.34.56.78'].map(normaliseMoroccanMobile)).toEqual([
      '+212612345678',
      '+212712345678',
      '+212612345678',
      '+212712345678',
      '+212612345678',
    ]);
    expect(['0512345678', '061234567', '+33612345678', '', '+2126123456789'].map(normaliseMoroccanMobile)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

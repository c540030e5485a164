import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MRZ_SPECIMENS } from '../../../../hardware/simulators/mrz-specimens.js';
import { createProcedureFixture, type ProcedureFixture } from './procedure-fixture.js';
import { td1Lines, td3Lines } from './mrz-builder.js';

// 2026-11-26 in Casablanca.
describe('identity from the document reader and the keyboard', () => {
  let f: ProcedureFixture;
  beforeEach(async () => {
    f = await createProcedureFixture();
  });
  afterEach(async () => f.close());

  const reads = () => f.eventsOf('identity.read') as Array<{ sessionId: string; result: Record<string, unknown> }>;

  it('turns a CNIE read after consent into a masked identity on screen and the full one in the session', async () => {
    const sessionId = await f.consentedSession();
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    expect(reads()).toEqual([
      {
        sessionId,
        result: {
          ok: true,
          identity: {
            method: 'mrz',
            documentKind: 'id-card',
            maskedNumber: '•••• 2345',
            surname: 'BENALI',
            givenNames: 'FATIMA ZAHRA',
            birthDate: '1985-06-14',
            expiryDate: '2031-09-12',
          },
        },
      },
    ]);
    expect(f.sessions.current()?.identity).toEqual({
      method: 'mrz',
      documentFormat: 'TD1',
      issuingState: 'MAR',
      documentNumber: 'XA0012345',
      birthDate: '1985-06-14',
      expiryDate: '2031-09-12',
    });
    // The log says a document was read and how it went, nothing of whose.
    const log = f.logLines.join('\n');
    for (const secret of ['BENALI', 'FATIMA', 'XA0012345', '2345', '1985', 'IDMAR']) expect(log).not.toContain(secret);
    expect(log).toContain('"outcome":"ok"');
  });

  it('drops a card read before the privacy notice is accepted, or with nobody at the kiosk', async () => {
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    const { id } = f.sessions.start('ar');
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    expect(reads()).toEqual([]);
    expect(f.sessions.current()?.identity).toBeNull();
    expect(f.logLines.join('\n')).not.toContain('identity read');
    await f.value('privacy.consent', { sessionId: id });
    f.idReader.insert(MRZ_SPECIMENS['mar-cnie-td1'].lines);
    expect(reads()).toHaveLength(1);
  });

  it('names a wrong check digit, an expired card, another country’s ID card and a two-line ID', async () => {
    await f.consentedSession();
    f.idReader.insert(MRZ_SPECIMENS['bad-check-digit'].lines);
    f.idReader.insert(td1Lines({ documentNumber: 'XA0099999', birth: '850614', expiry: '261125' }));
    f.idReader.insert(MRZ_SPECIMENS['icao-td1'].lines);
    f.idReader.insert(MRZ_SPECIMENS['fr-id-2x36'].lines);
    expect(reads().map((r) => r.result)).toEqual([
      { ok: false, problem: 'checksum' },
      { ok: false, problem: 'expired' },
      { ok: false, problem: 'unsupported' },
      { ok: false, problem: 'unsupported' },
    ]);
    expect(f.sessions.current()?.identity).toBeNull();
  });

  it('accepts a card on its expiry day (office calendar) and keeps an accepted identity after a failed read', async () => {
    await f.consentedSession();
    f.idReader.insert(td1Lines({ documentNumber: 'XA0099999', birth: '850614', expiry: '261126' }));
    expect(reads()[0]?.result).toMatchObject({ ok: true, identity: { maskedNumber: '•••• 9999', expiryDate: '2026-11-26' } });
    f.idReader.insert(MRZ_SPECIMENS['bad-check-digit'].lines);
    expect(f.sessions.current()?.identityView?.maskedNumber).toBe('•••• 9999');
  });

  it('says "partial" when a passport stops half-way (upside down, pulled out)', async () => {
    await f.consentedSession();
    const passport = td3Lines({ documentNumber: 'AB1234567', birth: '900101', expiry: '300101', state: 'FRA', surname: 'DUPONT', givenNames: 'MARIE' });
    f.idReader.insert([passport[0] ?? '']);
    await expect.poll(() => reads().map((r) => r.result)).toEqual([{ ok: false, problem: 'partial' }]);
    f.idReader.insert(passport);
    expect(reads()[1]?.result).toMatchObject({ ok: true, identity: { method: 'mrz', documentKind: 'passport', maskedNumber: '•••• 4567', surname: 'DUPONT' } });
  });

  it('takes a typed card number and birth date, refusing what cannot be one', async () => {
    const { id } = f.sessions.start('fr');
    expect(await f.value('identity.enterCardNumber', { sessionId: id, cardNumber: 'BK123456', birthDate: '1985-06-14' })).toEqual({
      ok: false,
      problem: 'consent-required',
    });
    await f.value('privacy.consent', { sessionId: id });
    const attempts: Array<[string, string]> = [
      ['123456', '1985-06-14'],
      ['BKX12345', '1985-06-14'],
      ['B12', '1985-06-14'],
      ['BK123456', '1985-02-30'],
      ['BK123456', '2027-01-01'],
      ['BK123456', '14/06/1985'],
    ];
    const problems = [];
    for (const [cardNumber, birthDate] of attempts) problems.push(await f.value('identity.enterCardNumber', { sessionId: id, cardNumber, birthDate }));
    expect(problems).toEqual([
      { ok: false, problem: 'invalid-card-number' },
      { ok: false, problem: 'invalid-card-number' },
      { ok: false, problem: 'invalid-card-number' },
      { ok: false, problem: 'invalid-birth-date' },
      { ok: false, problem: 'invalid-birth-date' },
      { ok: false, problem: 'invalid-birth-date' },
    ]);
    expect(await f.value('identity.enterCardNumber', { sessionId: id, cardNumber: ' bk 123456 ', birthDate: '1985-06-14' })).toEqual({
      ok: true,
      identity: { method: 'card-number', documentKind: 'id-card', maskedNumber: '•••• 3456', birthDate: '1985-06-14' },
    });
    expect(f.sessions.current()?.identity).toEqual({ method: 'card-number', cardNumber: 'BK123456', birthDate: '1985-06-14' });
    expect(f.logLines.join('\n')).not.toContain('123456');

    await f.value('identity.clear', { sessionId: id });
    expect(f.sessions.current()?.identity).toBeNull();
    expect(f.sessions.current()?.identityView).toBeNull();
  });

  it('forwards scanned codes to the session at the kiosk only', async () => {
    f.scanner.scan('TSC-2026-000123');
    const { id } = f.sessions.start('fr');
    f.scanner.scan('BORNE/R/AR-2026-000001');
    f.sessions.end(id);
    f.scanner.scan('TSC-2026-000456');
    expect(f.eventsOf('scanner.scanned')).toEqual([{ sessionId: id, code: 'BORNE/R/AR-2026-000001' }]);
  });
});

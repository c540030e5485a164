import { describe, expect, it } from 'vitest';
import { mrzCheckDigit } from '../../../hardware/id-reader/mrz-check-digit.js';
import { parseMrz } from '../../../hardware/id-reader/mrz-parse.js';
import { summariseMrz } from '../../../hardware/id-reader/mrz-summary.js';
import { ICAO_TD2_SPECIMEN, MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';

const NOW = { now: new Date('2026-06-01T00:00:00Z') };
const { lines: td1 } = MRZ_SPECIMENS['icao-td1'];
const { lines: td3 } = MRZ_SPECIMENS['icao-td3'];
const { lines: cnie } = MRZ_SPECIMENS['mar-cnie-td1'];
const { lines: frId } = MRZ_SPECIMENS['fr-id-2x36'];
const td2 = ICAO_TD2_SPECIMEN.lines;

function setChar(lines: readonly string[], row: number, col: number, ch: string): string[] {
  return lines.map((l, i) => (i === row ? l.slice(0, col) + ch + l.slice(col + 1) : l));
}

describe('check digits', () => {
  it('match the values printed on the ICAO specimens', () => {
    expect(mrzCheckDigit('D23145890')).toBe(7);
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(mrzCheckDigit('ab')).toBeNull();
  });
});

describe('parseMrz on the specimens', () => {
  it('reads the ICAO TD1 card', () => {
    const r = parseMrz(td1, NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD1', failedFields: [], problems: [] });
    expect(r.fields).toMatchObject({
      documentCode: 'I',
      issuingState: 'UTO',
      documentNumber: 'D23145890',
      birthDate: { raw: '740812', iso: '1974-08-12' },
      sex: 'F',
      expiryDate: { raw: '120415', iso: '2012-04-15' },
      nationality: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
    });
    expect(r.checks.map((c) => c.field)).toEqual(['documentNumber', 'birthDate', 'expiryDate', 'composite']);
  });

  it('reads the Moroccan CNIE with its CIN number in the optional field', () => {
    const r = parseMrz(cnie, NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD1' });
    expect(r.fields).toMatchObject({ documentCode: 'ID', issuingState: 'MAR', nationality: 'MAR', optional1: 'BK123456' });
    expect(r.fields.expiryDate?.iso).toBe('2031-09-12');
  });

  it('reads the ICAO TD3 passport with its personal number', () => {
    const r = parseMrz(td3, NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD3' });
    expect(r.fields).toMatchObject({ documentNumber: 'L898902C3', optional1: 'ZE184226B', surname: 'ERIKSSON' });
  });

  it('reads the ICAO TD2 card', () => {
    const r = parseMrz(td2, NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD2' });
    expect(r.fields).toMatchObject({ documentNumber: 'D23145890', givenNames: 'ANNA MARIA', sex: 'F' });
  });

  it('tells the old French ID from TD2 and reads its own layout', () => {
    const r = parseMrz(frId, NOW);
    expect(r).toMatchObject({ ok: true, format: 'FR-ID' });
    expect(r.fields).toMatchObject({
      documentNumber: '880675012345',
      surname: 'DUPONT',
      givenNames: 'MARIE CLAIRE',
      birthDate: { iso: '1965-03-15' },
      expiryDate: null,
      optional1: '075042',
    });
  });

  it('reports the wrong check digit of the bad specimen', () => {
    const r = parseMrz(MRZ_SPECIMENS['bad-check-digit'].lines, NOW);
    expect(r.ok).toBe(false);
    expect(r.failedFields).toEqual(['birthDate']);
  });
});

const CHECK_POSITIONS: Array<[string, readonly string[], Array<[string, number, number]>]> = [
  ['TD1', td1, [['documentNumber', 0, 14], ['birthDate', 1, 6], ['expiryDate', 1, 14], ['composite', 1, 29]]],
  ['TD2', td2, [['documentNumber', 1, 9], ['birthDate', 1, 19], ['expiryDate', 1, 27], ['composite', 1, 35]]],
  ['TD3', td3, [['documentNumber', 1, 9], ['birthDate', 1, 19], ['expiryDate', 1, 27], ['optional1', 1, 42], ['composite', 1, 43]]],
  ['FR-ID', frId, [['documentNumber', 1, 12], ['birthDate', 1, 33], ['composite', 1, 35]]],
];

describe.each(CHECK_POSITIONS)('%s with one check digit corrupted', (_format, lines, positions) => {
  it.each(positions)('reports %s', (field, row, col) => {
    const digit = Number(lines[row]?.charAt(col));
    const r = parseMrz(setChar(lines, row, col, String((digit + 1) % 10)), NOW);
    expect(r.ok).toBe(false);
    expect(r.failedFields).toContain(field);
    // The composite covers the other check digits, so it may fail alongside; nothing else may.
    const expected = field === 'composite' ? ['composite'] : [field, 'composite'];
    for (const f of r.failedFields) expect(expected).toContain(f);
  });
});

describe('composite check', () => {
  it('catches a change in a field that has no check digit of its own', () => {
    // The TD1 optional field of line 2 is covered only by the composite.
    const r = parseMrz(setChar(td1, 1, 20, 'B'), NOW);
    expect(r.failedFields).toEqual(['composite']);
    const nat = parseMrz(setChar(td3, 1, 30, 'X'), NOW);
    expect(nat.failedFields).toEqual(['optional1', 'composite']);
  });
});

function buildTd1(docNumber: string): string[] {
  const d = (s: string) => String(mrzCheckDigit(s));
  const head = docNumber.slice(0, 9);
  const rest = docNumber.slice(9);
  const line1 = ('IDMAR' + head + (rest ? '<' + rest + d(docNumber) + '<' : d(head)) + 'XYZ').padEnd(30, '<');
  const line2Body = '900101' + d('900101') + 'M' + '300101' + d('300101') + 'MAR' + '<'.repeat(11);
  const line2 = line2Body + d(line1.slice(5, 30) + line2Body.slice(0, 7) + line2Body.slice(8, 15) + line2Body.slice(18, 29));
  return [line1, line2, 'DOE<<JOHN'.padEnd(30, '<')];
}

describe('long document numbers', () => {
  it('joins the TD1 number continued in the optional field and checks it whole', () => {
    const r = parseMrz(buildTd1('AB1234567890'), NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD1' });
    expect(r.fields.documentNumber).toBe('AB1234567890');
    expect(r.fields.optional1).toBe('XYZ');
  });

  it('reports a wrong check digit at the end of the continuation', () => {
    const lines = buildTd1('AB1234567890');
    const checkCol = 5 + 9 + 1 + 3;
    const bad = setChar(lines, 0, checkCol, String((Number(lines[0]?.charAt(checkCol)) + 1) % 10));
    expect(parseMrz(bad, NOW).failedFields).toContain('documentNumber');
  });

  it('joins a long TD2 number continued in the optional data', () => {
    const d = (s: string) => String(mrzCheckDigit(s));
    const number = 'D2314589012';
    const body = number.slice(0, 9) + '<' + 'UTO' + '7408122' + 'F' + '1204159' + ('12' + d(number)).padEnd(7, '<');
    const line2 = body + d(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 35));
    const r = parseMrz([td2[0] ?? '', line2], NOW);
    expect(r).toMatchObject({ ok: true, format: 'TD2' });
    expect(r.fields.documentNumber).toBe(number);
  });
});

describe('normalisation and bad input', () => {
  it('ignores spaces, surrounding whitespace and _ padding', () => {
    const messy = [`  ${td1[0]}___ `, (td1[1] ?? '').replace(/(.{5})/g, '$1 '), `${td1[2]}\r\n`];
    expect(parseMrz(messy, NOW)).toMatchObject({ ok: true, format: 'TD1' });
  });

  it('refuses lowercase instead of guessing', () => {
    const r = parseMrz(td1.map((l) => l.toLowerCase()), NOW);
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/outside A-Z/);
  });

  it('flags a date that passes its check digit but is not on the calendar', () => {
    const d = (s: string) => String(mrzCheckDigit(s));
    const body = '741312' + d('741312') + 'F1204159UTO<<<<<<<<<<<';
    const line1 = td1[0] ?? '';
    const line2 = body + d(line1.slice(5, 30) + body.slice(0, 7) + body.slice(8, 15) + body.slice(18, 29));
    const r = parseMrz([line1, line2, td1[2] ?? ''], NOW);
    expect(r.failedFields).toEqual([]);
    expect(r.ok).toBe(false);
    expect(r.fields.birthDate).toEqual({ raw: '741312', iso: null });
  });

  it('puts a birth year in the past and an expiry year ahead', () => {
    const r = parseMrz(cnie, { now: new Date('2030-01-01T00:00:00Z') });
    expect(r.fields.birthDate?.iso?.slice(0, 4)).toBe('1985');
    expect(r.fields.expiryDate?.iso?.slice(0, 4)).toBe('2031');
  });

  it.each([
    [[]],
    [['HELLO']],
    [[td1[0] ?? '', td1[1] ?? '']],
    [['x'.repeat(30), 'y'.repeat(44)]],
  ])('says unknown for lines that fit no layout (%#)', (lines) => {
    const r = parseMrz(lines, NOW);
    expect(r).toMatchObject({ ok: false, format: 'unknown', checks: [] });
    expect(r.problems).toHaveLength(1);
  });

  it('summarises without personal data', () => {
    const summary = summariseMrz(parseMrz(MRZ_SPECIMENS['bad-check-digit'].lines, NOW));
    expect(summary).toEqual({ format: 'TD1', ok: false, failedFields: ['birthDate'] });
    expect(JSON.stringify(summary)).not.toMatch(/BENALI|XA0012345|850614/);
  });
});

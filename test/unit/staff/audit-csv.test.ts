import { parseCsv } from '../../helpers/parse-csv.js';
import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, auditCsv, csvCell } from '../../../main/staff/audit-csv.js';
import type { AuditRecord } from '../../../main/storage/staff-audit-log.js';

function entry(over: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: 7,
    at: '2026-11-26T09:15:00.000Z',
    officeTime: '2026-11-26 10:15',
    account: 'clerk-fatima',
    displayName: 'فاطمة الزهراء',
    role: 'staff',
    action: 'reprint',
    target: 'A-014',
    outcome: 'printed',
    ...over,
  };
}


describe('audit log CSV', () => {
  it('starts with a byte order mark and the header, and keeps Arabic names intact', () => {
    const text = auditCsv([entry()]);
    expect(text.startsWith('\uFEFFid,time (office),account,name,role,action,target,outcome\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows[1]).toEqual(['7', '2026-11-26 10:15', 'clerk-fatima', 'فاطمة الزهراء', 'staff', 'reprint', 'A-014', 'printed']);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks so each entry stays one row', () => {
    const target = 'from=2026-11-01, to=2026-11-26, number "A-1"\r\nnext';
    const rows = parseCsv(auditCsv([entry({ target, outcome: 'line1\nline2' })]).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[6]).toBe(target);
    expect(rows[1]?.[7]).toBe('line1\nline2');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}HYPERLINK("http://x","y")`);
      const read = parseCsv(`${cell}\r\n`)[0]?.[0];
      expect(read, JSON.stringify(start)).toBe(`'${start}HYPERLINK("http://x","y")`);
    }
    const rows = parseCsv(auditCsv([entry({ displayName: '=1+1', target: '@SUM(A1)' })]).slice(1));
    expect(rows[1]?.[3]).toBe("'=1+1");
    expect(rows[1]?.[6]).toBe("'@SUM(A1)");
    expect(csvCell('A-014')).toBe('A-014');
  });

  it('leaves empty cells for what is unknown (an unknown badge has no account)', () => {
    const rows = parseCsv(auditCsv([entry({ account: null, displayName: null, role: null, action: 'sign-in-refused', target: null, outcome: 'unknown-badge' })]).slice(1));
    expect(rows[1]).toEqual(['7', '2026-11-26 10:15', '', '', '', 'sign-in-refused', '', 'unknown-badge']);
  });
});

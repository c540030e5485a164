import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MrzLineAssembler, type AssemblyFailure } from '../../../hardware/id-reader/mrz-line-assembler.js';
import { ICAO_TD2_SPECIMEN, MRZ_SPECIMENS } from '../../../hardware/simulators/mrz-specimens.js';

const td1 = MRZ_SPECIMENS['icao-td1'].lines;
const cnie = MRZ_SPECIMENS['mar-cnie-td1'].lines;
const td3 = MRZ_SPECIMENS['icao-td3'].lines;

function setup() {
  const documents: string[][] = [];
  const failures: AssemblyFailure[] = [];
  const pending: boolean[] = [];
  const assembler = new MrzLineAssembler({
    interLineTimeoutMs: 400,
    onDocument: (lines) => documents.push(lines),
    onFailure: (reason) => failures.push(reason),
    onPendingChange: (p) => pending.push(p),
  });
  return { assembler, documents, failures, pending };
}

describe('MrzLineAssembler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['TD1', td1],
    ['TD3', td3],
    ['TD2', ICAO_TD2_SPECIMEN.lines],
    ['FR-ID', MRZ_SPECIMENS['fr-id-2x36'].lines],
  ])('assembles a %s document by line length', (_name, lines) => {
    const { assembler, documents, failures, pending } = setup();
    for (const line of lines) assembler.pushLine(line);
    expect(documents).toEqual([lines]);
    expect(failures).toEqual([]);
    expect(pending).toEqual([true, false]);
  });

  it('ignores reader chatter between the lines', () => {
    const { assembler, documents } = setup();
    assembler.pushLine('READY');
    assembler.pushLine(td1[0] ?? '');
    assembler.pushLine('OK 12');
    assembler.pushLine(td1[1] ?? '');
    assembler.pushLine(td1[2] ?? '');
    expect(documents).toEqual([td1]);
  });

  it('splits a whole document sent without separators', () => {
    const { assembler, documents } = setup();
    assembler.pushLine(td1.join(''));
    assembler.pushLine(td3.join(''));
    expect(documents).toEqual([td1, td3]);
  });

  it('reports a partial read after the inter-line timeout, then reads the next card', () => {
    const { assembler, documents, failures } = setup();
    assembler.pushLine(td1[0] ?? '');
    assembler.pushLine(td1[1] ?? '');
    vi.advanceTimersByTime(399);
    expect(failures).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(failures).toEqual(['partial']);
    for (const line of cnie) assembler.pushLine(line);
    expect(documents).toEqual([cnie]);
  });

  it('waits up to the timeout between each pair of lines', () => {
    const { assembler, documents } = setup();
    for (const line of td1) {
      assembler.pushLine(line);
      vi.advanceTimersByTime(350);
    }
    expect(documents).toEqual([td1]);
  });

  it('reports partial at once when a new card starts before the last one ended', () => {
    const { assembler, documents, failures } = setup();
    assembler.pushLine(td1[0] ?? '');
    for (const line of cnie) assembler.pushLine(line);
    expect(failures).toEqual(['partial']);
    expect(documents).toEqual([cnie]);
  });

  it('gives lines that cannot start a card a single partial report', () => {
    const { assembler, documents, failures } = setup();
    assembler.pushLine(td1[1] ?? '');
    assembler.pushLine(td1[2] ?? '');
    vi.advanceTimersByTime(400);
    expect(failures).toEqual(['partial']);
    expect(documents).toEqual([]);
  });

  it('reports partial when the line length changes mid-document', () => {
    const { assembler, documents, failures } = setup();
    assembler.pushLine(td1[0] ?? '');
    for (const line of td3) assembler.pushLine(line);
    expect(failures).toEqual(['partial']);
    expect(documents).toEqual([td3]);
  });

  it('reports a document with misread characters as garbled', () => {
    const { assembler, documents, failures } = setup();
    assembler.pushLine(td1[0] ?? '');
    assembler.pushLine((td1[1] ?? '').replace('UTO', 'U#O'));
    assembler.pushLine(td1[2] ?? '');
    expect(failures).toEqual(['garbled']);
    expect(documents).toEqual([]);
  });

  it('treats non-ASCII bytes in a line as garbled', () => {
    const { assembler, failures } = setup();
    assembler.pushLine(td1[0] ?? '', 1);
    vi.advanceTimersByTime(400);
    expect(failures).toEqual(['garbled']);
  });

  it('reset() drops a pending document silently', () => {
    const { assembler, failures, documents } = setup();
    assembler.pushLine(td1[0] ?? '');
    assembler.reset();
    vi.advanceTimersByTime(1000);
    for (const line of td1) assembler.pushLine(line);
    expect(failures).toEqual([]);
    expect(documents).toEqual([td1]);
  });
});

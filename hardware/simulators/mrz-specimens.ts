// MRZ specimens for the dev dock, the simulators and the tests. Every person here is
// fictitious: the ICAO ones are ICAO 9303's own 'Utopia' specimens, the others were built
// for Borne with valid check digits.
import type { SpecimenId } from '../../main/contract/dev-dock-contract.js';

export interface MrzSpecimen {
  label: string;
  lines: string[];
}

export const MRZ_SPECIMENS: Record<SpecimenId, MrzSpecimen> = {
  'icao-td1': {
    label: 'ICAO TD1 ID card (Utopia)',
    lines: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
  },
  'mar-cnie-td1': {
    label: 'Moroccan CNIE (TD1, fictitious holder)',
    lines: ['IDMARXA00123454BK123456<<<<<<<', '8506140F3109122MAR<<<<<<<<<<<0', 'BENALI<<FATIMA<ZAHRA<<<<<<<<<<'],
  },
  'icao-td3': {
    label: 'ICAO TD3 passport (Utopia)',
    lines: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
  },
  'fr-id-2x36': {
    label: 'Old French ID card (2x36, fictitious holder)',
    lines: ['IDFRADUPONT<<<<<<<<<<<<<<<<<<<075042', '8806750123451MARIE<<CLAIRE<6503156F1'],
  },
  'bad-check-digit': {
    label: 'Moroccan CNIE with a wrong birth-date check digit',
    lines: ['IDMARXA00123454BK123456<<<<<<<', '8506143F3109122MAR<<<<<<<<<<<9', 'BENALI<<FATIMA<ZAHRA<<<<<<<<<<'],
  },
};

/** The ICAO TD2 specimen: not a dock specimen, but the tests need one of each layout. */
export const ICAO_TD2_SPECIMEN: MrzSpecimen = {
  label: 'ICAO TD2 ID card (Utopia)',
  lines: ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
};

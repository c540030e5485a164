import { describe } from 'vitest';
import { ESCPOS_DECODER_PROPERTIES } from './escpos-decoder.properties.js';
import { registerProperties } from './register-properties.js';

describe('ESC/POS decoder properties', () => registerProperties(ESCPOS_DECODER_PROPERTIES));

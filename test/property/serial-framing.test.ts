import { describe } from 'vitest';
import { SERIAL_FRAMING_PROPERTIES } from './serial-framing.properties.js';
import { registerProperties } from './register-properties.js';

describe('serial line framing properties', () => registerProperties(SERIAL_FRAMING_PROPERTIES));

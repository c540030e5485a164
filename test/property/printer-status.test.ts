import { describe } from 'vitest';
import { PRINTER_STATUS_PROPERTIES } from './printer-status.properties.js';
import { registerProperties } from './register-properties.js';

describe('printer status properties', () => registerProperties(PRINTER_STATUS_PROPERTIES));

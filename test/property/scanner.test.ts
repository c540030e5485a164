import { describe } from 'vitest';
import { SCANNER_PROPERTIES } from './scanner.properties.js';
import { registerProperties } from './register-properties.js';

describe('scanner properties', () => registerProperties(SCANNER_PROPERTIES));

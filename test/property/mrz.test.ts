import { describe } from 'vitest';
import { MRZ_PROPERTIES } from './mrz.properties.js';
import { registerProperties } from './register-properties.js';

describe('MRZ properties', () => registerProperties(MRZ_PROPERTIES));

import { describe } from 'vitest';
import { CONTRACT_PROPERTIES } from './contract.properties.js';
import { registerProperties } from './register-properties.js';

describe('contract payload properties', () => registerProperties(CONTRACT_PROPERTIES));

import { describe } from 'vitest';
import { CONFIG_PROPERTIES } from './config.properties.js';
import { registerProperties } from './register-properties.js';

describe('configuration properties', () => registerProperties(CONFIG_PROPERTIES));

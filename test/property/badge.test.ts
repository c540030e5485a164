import { describe } from 'vitest';
import { BADGE_PROPERTIES } from './badge.properties.js';
import { registerProperties } from './register-properties.js';

describe('badge frame properties', () => registerProperties(BADGE_PROPERTIES));

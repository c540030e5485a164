// Imported first by each page entry: zod decides at schema creation whether it may compile
// parsers with `new Function`, and under our CSP (no 'unsafe-eval') even probing for it logs
// a violation. Jitless mode skips both.
import { z } from 'zod';

z.config({ jitless: true });

import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and probes for it even when the
// Content-Security-Policy forbids eval (a violation report on every page). Imported first by main.tsx: the setting
// must be in place before any schema is defined.
z.config({ jitless: true });

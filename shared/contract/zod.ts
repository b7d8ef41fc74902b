import { z } from 'zod';

// The renderer runs under a strict CSP without 'unsafe-eval'; jitless keeps zod from probing eval.
z.config({ jitless: true });

export { z };

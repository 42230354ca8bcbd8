import { z } from 'zod';

const EnvSchema = z.object({
  OIDC_AUTHORITY: z.url(),
  OIDC_CLIENT_ID: z.string().min(1),
  // '' = same origin as the SPA (the backend serves both).
  API_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
});

export type Env = z.infer<typeof EnvSchema>;

/**
 * Validates the app's runtime config (the `VITE_*` variables, prefix stripped)
 * and throws one error naming every missing or invalid key.
 */
export function createEnv(source: Record<string, unknown>): Env {
  const values = Object.fromEntries(
    Object.entries(source)
      .filter(([key]) => key.startsWith('VITE_'))
      .map(([key, value]) => [key.slice('VITE_'.length), value === '' ? undefined : value]),
  );
  const parsed = EnvSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const key = `VITE_${name}`;
      return values[name] === undefined ? `- ${key}: missing` : `- ${key}: ${issue.message}`;
    });
    throw new Error(
      `Invalid environment configuration. Set these in frontend/.env or the environment:\n${problems.join('\n')}`,
    );
  }
  return parsed.data;
}

export const env = createEnv(import.meta.env);

import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';
import { getAccessToken } from '@/lib/auth';

import type { paths } from './schema';

/** Adds the signed-in user's access token to every API request. */
export const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The one typed client for the Sector Support API, generated from openapi/openapi.yaml. */
export const api = createClient<paths>({ baseUrl: env.API_BASE_URL });
api.use(bearerToken);

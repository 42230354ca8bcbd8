import { QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/lib/api/problem';
import { signInAgain } from '@/lib/auth';

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session has gone (expired, revoked or signed out elsewhere): sign in again.
        if (isApiError(error, 401)) void signInAgain();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves; retry server and network errors once.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status < 500) && failureCount < 1,
      },
    },
  });
}

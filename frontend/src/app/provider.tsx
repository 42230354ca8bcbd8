import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';

import { paths } from '@/config/paths';
import { userManager } from '@/lib/auth';
import { createQueryClient } from '@/lib/react-query';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AuthProvider
      userManager={userManager}
      // Only the callback route carries Keycloak's ?code=&state= answer.
      skipSigninCallback={window.location.pathname !== paths.authCallback.path}
    >
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </AuthProvider>
  );
}

import { useAuth } from 'react-oidc-context';
import { Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { safeReturnTo, SignInProblem } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Keycloak redirects here; the AuthProvider exchanges the code, then we go back where the user was. */
export function AuthCallbackRoute() {
  const auth = useAuth();
  useDocumentTitle(auth.error ? 'Sign-in problem' : 'Signing in');
  if (auth.error) return <SignInProblem error={auth.error} />;
  if (auth.isAuthenticated) return <Navigate to={safeReturnTo(auth.user?.state)} replace />;
  // Opened without a sign-in response (bookmarked, reloaded): start again from the home page.
  if (!auth.isLoading && !auth.activeNavigator) return <Navigate to={paths.home.getHref()} replace />;
  return (
    <p className="govuk-body" role="status">
      Signing you in…
    </p>
  );
}

import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useEffect, useRef } from 'react';
import { useAuth } from 'react-oidc-context';
import { Outlet, useLocation } from 'react-router';

import { Button } from '@/components/ui/button';
import { env } from '@/config/env';
import { paths } from '@/config/paths';

/** Where the app returns after signing in; carried through Keycloak in the OIDC `state`. */
export type SignInState = { returnTo: string };

export const userManager = new UserManager({
  authority: env.OIDC_AUTHORITY,
  client_id: env.OIDC_CLIENT_ID,
  redirect_uri: `${window.location.origin}${paths.authCallback.path}`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  scope: 'openid profile email',
  response_type: 'code', // authorization code flow; oidc-client-ts always adds PKCE (S256)
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: true,
});

export function currentPath(location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location) {
  return `${location.pathname}${location.search}${location.hash}`;
}

/** Only same-origin paths are accepted as a return address (no open redirects). */
export function safeReturnTo(state: unknown): string {
  const returnTo = (state as Partial<SignInState> | null | undefined)?.returnTo;
  if (typeof returnTo !== 'string' || !returnTo.startsWith('/') || returnTo.startsWith('//')) {
    return paths.councils.getHref();
  }
  if (returnTo.startsWith(paths.authCallback.path)) return paths.councils.getHref();
  return returnTo;
}

/** A valid access token for API calls, renewing it first when it has expired. */
export async function getAccessToken(): Promise<string | undefined> {
  let user: User | null = await userManager.getUser();
  if (user?.expired) {
    user = await userManager.signinSilent().catch(() => null);
  }
  return user?.access_token;
}

/** Used when the API answers 401: forget the session and sign in again, coming back here. */
export async function signInAgain() {
  await userManager.removeUser();
  await userManager.signinRedirect({ state: { returnTo: currentPath() } satisfies SignInState });
}

export function displayName(user: User | null | undefined): string {
  const profile = user?.profile;
  if (!profile) return '';
  return (
    profile.name ??
    ([profile.given_name, profile.family_name].filter(Boolean).join(' ') ||
      profile.preferred_username ||
      profile.email ||
      '')
  );
}

/**
 * True when the sign-in service did not answer at all (down, unreachable, timed out): the browser's fetch fails
 * with a TypeError, oidc-client-ts's own timeout is an ErrorTimeout. Keycloak's answered errors are ErrorResponse.
 */
export function signInServiceUnreachable(error: { name?: string } | undefined): boolean {
  return error?.name === 'TypeError' || error?.name === 'ErrorTimeout';
}

export function SignInProblem({ error }: { error?: { name?: string; message?: string } }) {
  const auth = useAuth();
  const unreachable = signInServiceUnreachable(error);
  return (
    <>
      <h1 className="govuk-heading-l">
        {unreachable ? 'Sorry, sign-in is unavailable right now' : 'Sorry, there is a problem signing you in'}
      </h1>
      {unreachable ? (
        <>
          <p className="govuk-body">We could not reach the sign-in service.</p>
          <p className="govuk-body">Try again in a few minutes. You do not need to do anything else.</p>
        </>
      ) : (
        <>
          <p className="govuk-body">Try again in a few minutes.</p>
          {error?.message ? <p className="govuk-body govuk-hint">Details: {error.message}</p> : null}
        </>
      )}
      <Button
        onClick={() =>
          void auth.signinRedirect({ state: { returnTo: currentPath() } satisfies SignInState })
        }
      >
        Try again
      </Button>
    </>
  );
}

/** Layout route: renders its children only for a signed-in user, otherwise starts the Keycloak login. */
export function RequireAuth() {
  const auth = useAuth();
  const location = useLocation();
  const started = useRef(false);
  const needsSignIn = !auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator && !auth.error;

  useEffect(() => {
    if (needsSignIn && !started.current) {
      started.current = true;
      void auth.signinRedirect({ state: { returnTo: currentPath(location) } satisfies SignInState });
    }
  }, [needsSignIn, auth, location]);

  if (auth.error) return <SignInProblem error={auth.error} />;
  if (!auth.isAuthenticated) {
    return (
      <p className="govuk-body" role="status">
        Signing you in…
      </p>
    );
  }
  return <Outlet />;
}

import { useAuth } from 'react-oidc-context';

export type Role = 'admin' | 'staff' | 'partner' | 'analyst';

/**
 * The Keycloak realm roles in an access token (`realm_access.roles`). Only used to
 * decide what to show: the API checks the token itself on every request.
 */
export function rolesFromAccessToken(token: string | undefined): string[] {
  const payload = token?.split('.')[1];
  if (!payload) return [];
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const roles = (JSON.parse(json) as { realm_access?: { roles?: unknown } }).realm_access?.roles;
    return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether the signed-in user has any of these roles. */
export function useHasRole(...roles: Role[]): boolean {
  const auth = useAuth();
  const held = rolesFromAccessToken(auth.user?.access_token);
  return roles.some((role) => held.includes(role));
}

/** LGA staff and administrators manage peer challenges, teams and see their history. */
export function useIsStaff(): boolean {
  return useHasRole('staff', 'admin');
}

/** Analysts and administrators pull extracts of the datasets. */
export function useIsAnalyst(): boolean {
  return useHasRole('analyst', 'admin');
}

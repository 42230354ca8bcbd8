import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { accessToken } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { MainLayout } from './main-layout';

const roles = vi.hoisted(() => ({ current: ['admin'] }));
vi.mock('react-oidc-context', () => ({
  useAuth: () => ({
    user: { access_token: accessToken(roles.current), profile: { name: 'Demo Admin' } },
    isAuthenticated: true,
  }),
}));

describe('MainLayout', () => {
  beforeEach(() => {
    roles.current = ['admin'];
  });

  it('shows administrators the Partner clients page in the navigation', () => {
    renderRoute(<MainLayout />, { url: '/councils' });
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Partner clients' })).toHaveAttribute('href', '/partner-clients');
  });

  it.each([['staff'], ['analyst']])('does not show it to %s', (role) => {
    roles.current = [role];
    renderRoute(<MainLayout />, { url: '/councils' });
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).queryByRole('link', { name: 'Partner clients' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: 'Organisations' })).toBeInTheDocument();
  });

  it.each([['analyst'], ['admin']])('shows %s the Extracts page', (role) => {
    roles.current = [role];
    renderRoute(<MainLayout />, { url: '/extracts/survey-responses' });
    const link = within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Extracts' });
    expect(link).toHaveAttribute('href', '/extracts');
    expect(link).toHaveAttribute('aria-current', 'true');
  });

  it.each([['staff'], ['partner']])('does not show the Extracts page to %s', (role) => {
    roles.current = [role];
    renderRoute(<MainLayout />, { url: '/councils' });
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).queryByRole('link', { name: 'Extracts' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: 'Imports' })).toBeInTheDocument();
  });

  it.each([['staff'], ['admin']])('shows the peer pool to %s', (role) => {
    roles.current = [role];
    renderRoute(<MainLayout />, { url: '/peers/17' });
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Peers' })).toHaveAttribute('href', '/peers');
    expect(within(menu).getByRole('link', { name: 'Peers' })).toHaveAttribute('aria-current', 'true');
  });

  it('does not show the peer pool to analysts, whom the API refuses it', () => {
    roles.current = ['analyst'];
    renderRoute(<MainLayout />, { url: '/councils' });
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).queryByRole('link', { name: 'Peers' })).not.toBeInTheDocument();
  });
});

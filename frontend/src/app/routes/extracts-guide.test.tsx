import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { accessToken } from '@/testing/fixtures';
import { renderRoute } from '@/testing/test-utils';

import { ExtractsGuideRoute } from './extracts-guide';

vi.mock('react-oidc-context', () => ({
  useAuth: () => ({ user: { access_token: accessToken(['analyst']) }, isAuthenticated: true }),
}));

describe('ExtractsGuideRoute', () => {
  it('shows the analyst guide from docs/analyst-extracts.md, its sections linkable', () => {
    renderRoute(<ExtractsGuideRoute />, { url: '/extracts/guide' });

    expect(screen.getByRole('heading', { level: 1, name: 'Analyst extracts' })).toBeInTheDocument();
    expect(document.title).toBe('Analyst guide – Extracts – Sector Support');
    const sections = screen.getAllByRole('heading', { level: 2 });
    expect(sections.map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Get a token', 'Pull a dataset', 'Keep a copy in sync']),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Get a token' })).toHaveAttribute('id', 'get-a-token');
    const token = screen.getByText(/grant_type=password -d client_id=sector-support-cli/);
    expect(token.tagName).toBe('CODE');
    expect(token.parentElement?.tagName).toBe('PRE');
    expect(screen.getByRole('link', { name: 'Back to extracts' })).toHaveAttribute('href', '/extracts');
  });
});

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

/**
 * Renders `element` at `path` (matched by `route`) with a fresh query client and an in-memory router;
 * `others` are further routes the page may lead to (such as the list a delete goes back to).
 */
export function renderRoute(
  element: ReactElement,
  { route = '*', url = '/', others = [] }: { route?: string; url?: string; others?: RouteObject[] } = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const routes: RouteObject[] = [{ path: route, element }, ...others, { path: '*', element: <p>Elsewhere</p> }];
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

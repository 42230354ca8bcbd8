import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * After deleting a record: forget its read, and mark every query of `resources` (first key part:
 * "events", "timeline", …) stale without reading them now, as the page showing it is about to go.
 */
export function afterDelete(queryClient: QueryClient, detailKey: QueryKey, resources: string[]) {
  queryClient.removeQueries({ queryKey: detailKey, exact: true });
  return queryClient.invalidateQueries({
    predicate: (query) => resources.includes(String(query.queryKey[0])),
    refetchType: 'none',
  });
}

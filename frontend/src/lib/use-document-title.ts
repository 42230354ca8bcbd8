import { useEffect } from 'react';

export const SERVICE_NAME = 'Sector Support';

/** Sets <title> to "Page – Sector Support". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – ${SERVICE_NAME}` : SERVICE_NAME;
  }, [title]);
}

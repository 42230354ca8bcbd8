import guide from '../../../../docs/analyst-extracts.md?raw';

import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { Guide } from '@/features/extracts/components/guide';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * The analyst guide, docs/analyst-extracts.md, built into the app so that the extracts pages can link to it: getting
 * a token, pulling with curl, pandas and R, keeping a copy in sync, counts for publication.
 */
export function ExtractsGuideRoute() {
  useDocumentTitle('Analyst guide – Extracts');
  return (
    <>
      <BackLink to={paths.extracts.getHref()}>Back to extracts</BackLink>
      <span className="govuk-caption-l">Extracts</span>
      <Guide markdown={guide} />
    </>
  );
}

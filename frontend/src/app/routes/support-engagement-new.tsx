import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { getCouncilQueryOptions } from '@/features/councils/api/get-council';
import { useCreateSupportEngagement } from '@/features/support-engagements/api/save-support-engagement';
import { SupportEngagementForm } from '@/features/support-engagements/components/support-engagement-form';
import { createBodyFromForm, FORM_FIELDS } from '@/features/support-engagements/lib/form';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NewSupportEngagementRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreateSupportEngagement();
  useDocumentTitle(create.error ? 'Error: Record a support engagement' : 'Record a support engagement');
  // Recording support from a council's page: start with that council, shown by name once it has loaded.
  const councilParam = new URLSearchParams(location.search).get('council')?.trim().toUpperCase() ?? '';
  const council = useQuery({ ...getCouncilQueryOptions(councilParam), enabled: Boolean(councilParam) });
  const councilReady = !councilParam || !council.isPending;
  const initialCouncil = councilParam
    ? { gssCode: councilParam, name: council.data?.name ?? councilParam, endDate: council.data?.endDate }
    : undefined;
  const backTo = councilParam ? paths.council.getHref(councilParam) : paths.supportEngagements.getHref();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={backTo}>{councilParam ? 'Back to the council' : 'Back to support engagements'}</BackLink>
        {create.error ? <ProblemSummary key={create.submittedAt} error={create.error} fields={FORM_FIELDS} /> : null}
        <h1 className="govuk-heading-l">Record a support engagement</h1>
        {councilReady ? (
          <SupportEngagementForm
            initialCouncil={initialCouncil}
            error={create.error}
            saving={create.isPending}
            submitText="Save support engagement"
            onSubmit={(form) =>
              create.mutate(createBodyFromForm(form), {
                onSuccess: (saved) => void navigate(paths.supportEngagement.getHref(saved.data.id)),
              })
            }
          />
        ) : (
          <p className="govuk-body" role="status">
            Loading the council…
          </p>
        )}
      </div>
    </div>
  );
}

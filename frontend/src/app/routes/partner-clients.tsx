import { useState } from 'react';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ConfirmDelete } from '@/components/ui/confirm-delete';
import { SuccessBanner } from '@/components/ui/notification-banner';
import { useOrganisations } from '@/features/organisations/api/get-organisations';
import {
  usePartnerClients,
  useRotatePartnerClientSecret,
  useSetPartnerClientEnabled,
  type PartnerClient,
  type PartnerClientCredentials,
} from '@/features/partner-clients/api/partner-clients';
import { OnboardForm } from '@/features/partner-clients/components/onboard-form';
import { PartnerClientsTable } from '@/features/partner-clients/components/partner-clients-table';
import { SecretPanel } from '@/features/partner-clients/components/secret-panel';
import { useHasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

type Shown = { credentials: PartnerClientCredentials; reason: 'created' | 'rotated' };
type Asking = { kind: 'rotate' | 'disable'; client: PartnerClient };

/** Administrators onboard partner organisations: list their API clients, issue, rotate, disable and enable. */
export function PartnerClientsRoute() {
  const isAdmin = useHasRole('admin');
  useDocumentTitle('Partner clients');
  if (!isAdmin) {
    return (
      <>
        <h1 className="govuk-heading-l">Partner clients</h1>
        <ErrorSummary description="Only administrators can onboard partners and manage their clients." />
      </>
    );
  }
  return <PartnerClientsAdmin />;
}

function PartnerClientsAdmin() {
  const clients = usePartnerClients();
  const organisations = useOrganisations();
  const rotate = useRotatePartnerClientSecret();
  const setEnabled = useSetPartnerClientEnabled();
  const [shown, setShown] = useState<Shown>();
  const [asking, setAsking] = useState<Asking>();
  const [notice, setNotice] = useState<string>();
  const loadError = clients.error ?? organisations.error;
  useDocumentTitle(loadError ? 'Error: Partner clients' : 'Partner clients');

  const onboarded = new Set((clients.data?.items ?? []).map((client) => client.organisation.id));
  const candidates = (organisations.data?.items ?? [])
    .filter((organisation) => organisation.role === 'partner' && !onboarded.has(organisation.id))
    .map((organisation) => ({ id: organisation.id, name: organisation.name }));

  const show = (credentials: PartnerClientCredentials, reason: Shown['reason']) => {
    setNotice(undefined);
    setShown({ credentials, reason });
  };
  const closeQuestion = () => {
    rotate.reset();
    setEnabled.reset();
    setAsking(undefined);
  };
  const confirm = () => {
    if (!asking) return;
    const { client, kind } = asking;
    if (kind === 'rotate') {
      rotate.mutate(client.clientId, {
        onSuccess: (credentials) => {
          setAsking(undefined);
          show(credentials, 'rotated');
          // The panel shows the secret once; the mutation's own copy of it goes now.
          rotate.reset();
        },
      });
    } else {
      setEnabled.mutate(
        { clientId: client.clientId, enabled: false },
        {
          onSuccess: () => {
            setAsking(undefined);
            setNotice(`${client.clientId} is disabled: its requests for tokens are refused.`);
          },
        },
      );
    }
  };
  const enable = (client: PartnerClient) => {
    setShown(undefined);
    setAsking(undefined);
    setEnabled.mutate(
      { clientId: client.clientId, enabled: true },
      { onSuccess: () => setNotice(`${client.clientId} is enabled again: its current secret works.`) },
    );
  };

  return (
    <>
      {loadError ? <ProblemSummary error={loadError} /> : null}
      {!asking && setEnabled.error ? <ProblemSummary error={setEnabled.error} /> : null}
      {notice ? <SuccessBanner heading={notice} /> : null}
      <h1 className="govuk-heading-l">Partner clients</h1>
      <p className="govuk-body">
        Partner organisations push their records to the API from their own systems, with a client ID and secret
        issued here. A client reads and writes only its own organisation’s records.
      </p>
      {shown ? (
        <SecretPanel
          key={`${shown.credentials.clientId}-${shown.reason}-${shown.credentials.secret.slice(0, 4)}`}
          credentials={shown.credentials}
          reason={shown.reason}
          onDone={() => setShown(undefined)}
        />
      ) : null}

      <h2 className="govuk-heading-m">Onboard a partner</h2>
      {organisations.data && clients.data ? (
        <OnboardForm organisations={candidates} onOnboarded={(credentials) => show(credentials, 'created')} />
      ) : null}

      {clients.isPending ? (
        <p className="govuk-body" role="status">
          Loading partner clients…
        </p>
      ) : null}
      {asking ? (
        <ConfirmDelete
          data-testid="confirm-partner-change"
          confirmText={asking.kind === 'rotate' ? 'Yes, rotate the secret' : 'Yes, disable the client'}
          error={asking.kind === 'rotate' ? rotate.error : setEnabled.error}
          pending={rotate.isPending || setEnabled.isPending}
          onConfirm={confirm}
          onCancel={closeQuestion}
          reloadText="Reload the partner clients"
          onReload={() => {
            closeQuestion();
            void clients.refetch();
          }}
        >
          {asking.kind === 'rotate'
            ? `Rotate the secret of ${asking.client.clientId}? Its current secret stops working at once: ${asking.client.organisation.name}’s systems cannot get tokens until they use the new one.`
            : `Disable ${asking.client.clientId}? ${asking.client.organisation.name}’s systems cannot get tokens until it is enabled again.`}
        </ConfirmDelete>
      ) : null}
      {clients.data ? (
        <PartnerClientsTable
          clients={clients.data.items}
          busy={rotate.isPending || setEnabled.isPending}
          onRotate={(client) => {
            setEnabled.reset();
            setAsking({ kind: 'rotate', client });
          }}
          onDisable={(client) => {
            setEnabled.reset();
            setAsking({ kind: 'disable', client });
          }}
          onEnable={enable}
        />
      ) : null}
    </>
  );
}

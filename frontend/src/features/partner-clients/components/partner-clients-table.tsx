import { Button } from '@/components/ui/button';
import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { formatDate } from '@/lib/format-date';

import type { PartnerClient } from '../api/partner-clients';

type PartnerClientsTableProps = {
  clients: PartnerClient[];
  /** Disabled while a change is being made. */
  busy: boolean;
  onRotate: (client: PartnerClient) => void;
  onDisable: (client: PartnerClient) => void;
  onEnable: (client: PartnerClient) => void;
};

export function PartnerClientsTable({ clients, busy, onRotate, onDisable, onEnable }: PartnerClientsTableProps) {
  return (
    <Table
      caption="Partner clients"
      captionSize="m"
      rows={clients}
      rowKey={(client) => client.clientId}
      columns={[
        { header: 'Client ID', cell: (client) => <code className="app-secret">{client.clientId}</code>, rowHeader: true },
        { header: 'Organisation', cell: (client) => client.organisation.name },
        {
          header: 'Status',
          cell: (client) => (client.enabled ? <Tag colour="green">Enabled</Tag> : <Tag colour="grey">Disabled</Tag>),
        },
        {
          header: 'Onboarded',
          cell: (client) => (client.createdAt ? formatDate(client.createdAt) : 'Defined in the realm file'),
        },
        {
          header: 'Secret issued',
          cell: (client) => (client.secretIssuedAt ? formatDate(client.secretIssuedAt) : 'Not known'),
        },
        {
          header: 'Actions',
          cell: (client) => (
            <div className="govuk-button-group">
              <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={busy} onClick={() => onRotate(client)}>
                Rotate secret{' '}
                <span className="govuk-visually-hidden">of {client.clientId}</span>
              </Button>
              {client.enabled ? (
                <Button variant="warning" className="govuk-!-margin-bottom-0" disabled={busy} onClick={() => onDisable(client)}>
                  Disable{' '}
                  <span className="govuk-visually-hidden">{client.clientId}</span>
                </Button>
              ) : (
                <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={busy} onClick={() => onEnable(client)}>
                  Enable{' '}
                  <span className="govuk-visually-hidden">{client.clientId}</span>
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}

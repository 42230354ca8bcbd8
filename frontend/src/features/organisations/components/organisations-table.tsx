import { Table } from '@/components/ui/table';

import type { Organisation } from '../api/get-organisations';

const ROLE_LABELS: Record<string, string> = {
  lga: 'Programme owner',
  partner: 'Delivery partner',
};

export function roleLabel(role: string | undefined): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}

function websiteText(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}

export function OrganisationsTable({ organisations }: { organisations: Organisation[] }) {
  return (
    <Table
      caption="LGA and its delivery partners"
      captionSize="s"
      rows={organisations}
      rowKey={(organisation) => organisation.id ?? organisation.name ?? ''}
      columns={[
        { header: 'Name', cell: (organisation) => organisation.name, rowHeader: true },
        { header: 'Full name', cell: (organisation) => organisation.fullName },
        { header: 'Role', cell: (organisation) => roleLabel(organisation.role) },
        {
          header: 'Website',
          cell: (organisation) =>
            organisation.website ? (
              <a className="govuk-link" href={organisation.website} rel="noreferrer noopener">
                {websiteText(organisation.website)}
                <span className="govuk-visually-hidden"> ({organisation.name} website)</span>
              </a>
            ) : (
              'None'
            ),
        },
      ]}
    />
  );
}

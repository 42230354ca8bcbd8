import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDelete } from '@/components/ui/confirm-delete';
import { Select } from '@/components/ui/form-fields';
import { SuccessBanner } from '@/components/ui/notification-banner';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import { useDeliverables, type Deliverable } from '../api/get-deliverables';
import type { Programme } from '@/lib/reference/programmes';
import { useDeleteDeliverable } from '../api/save-deliverable';
import { formatTarget } from '../lib/form';

type DeliverablesSectionProps = {
  programme: Programme;
  /** The year shown, "2025-26". */
  financialYear: string;
  /** The years to choose from, newest first. */
  years: string[];
  canManage: boolean;
};

function RemoveConfirmation({
  deliverable,
  onCancel,
  onRemoved,
  onReload,
}: {
  deliverable: Deliverable;
  onCancel: () => void;
  onRemoved: () => void;
  onReload: () => void;
}) {
  const remove = useDeleteDeliverable();
  return (
    <ConfirmDelete
      data-testid="remove-deliverable"
      confirmText="Yes, remove it"
      error={remove.error}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: deliverable.id, etag: `"${deliverable.version}"` }, { onSuccess: onRemoved })}
      onCancel={onCancel}
      reloadText="Reload the deliverables"
      onReload={() => {
        remove.reset();
        onReload();
      }}
    >
      Remove the {deliverable.financialYear} target “{deliverable.statement}”? Its change history is kept.
    </ConfirmDelete>
  );
}

/** A programme's targets for one financial year, with a year chooser; staff add, change and remove them. */
export function DeliverablesSection({ programme, financialYear, years, canManage }: DeliverablesSectionProps) {
  const navigate = useNavigate();
  const deliverables = useDeliverables(programme.id, financialYear);
  const [removing, setRemoving] = useState<Deliverable | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const items = deliverables.data?.items ?? [];

  const chooseYear = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const year = new FormData(event.currentTarget).get('financialYear');
    setRemoving(null);
    setRemoved(null);
    void navigate(`${paths.programme.getHref(programme.id)}?financialYear=${encodeURIComponent(String(year ?? ''))}`);
  };

  return (
    <section aria-labelledby="deliverables-heading" data-testid="deliverables">
      <h2 className="govuk-heading-l" id="deliverables-heading">
        Deliverables
      </h2>
      <p className="govuk-body">
        The programme’s targets for a financial year, as the annual report publishes them. Progress against each is
        worked out from its metric.
      </p>
      <form
        method="get"
        action={paths.programme.getHref(programme.id)}
        onSubmit={chooseYear}
        noValidate
        aria-label="Choose the financial year"
      >
        <Select
          id="deliverables-year"
          name="financialYear"
          label="Financial year"
          options={years.map((year) => ({ value: year, text: year }))}
          defaultValue={financialYear}
          key={financialYear}
        />
        <Button type="submit" variant="secondary">
          Show targets
        </Button>
      </form>

      {removed ? <SuccessBanner heading={`Target removed: ${removed}`} titleLevel={3} /> : null}

      {deliverables.error ? <ProblemSummary error={deliverables.error} /> : null}

      {removing ? (
        <RemoveConfirmation
          key={removing.id}
          deliverable={removing}
          onCancel={() => setRemoving(null)}
          onRemoved={() => {
            setRemoved(removing.statement);
            setRemoving(null);
          }}
          onReload={() => {
            setRemoving(null);
            void deliverables.refetch();
          }}
        />
      ) : null}

      <div aria-live="polite" aria-busy={deliverables.isFetching} data-loaded-year={deliverables.isFetching ? undefined : financialYear}>
        {deliverables.isPending ? (
          <p className="govuk-body">Loading the targets…</p>
        ) : deliverables.data && items.length === 0 ? (
          <p className="govuk-body" data-testid="no-deliverables">
            No targets are recorded for {financialYear}.
          </p>
        ) : null}
      </div>

      {items.length > 0 ? (
        <Table
          caption={`Targets for ${financialYear}`}
          captionSize="m"
          rows={items}
          rowKey={(deliverable) => deliverable.id}
          columns={[
            { header: 'Statement', rowHeader: true, cell: (deliverable) => deliverable.statement },
            { header: 'Target', numeric: true, cell: (deliverable) => formatTarget(deliverable.targetValue, deliverable.targetUnit) },
            { header: 'Metric key', cell: (deliverable) => deliverable.metricKey },
            ...(canManage
              ? [
                  {
                    header: 'Actions',
                    cell: (deliverable: Deliverable) => (
                      <div className="govuk-button-group app-button-group--inline">
                        <ButtonLink to={paths.editDeliverable.getHref(programme.id, deliverable.id)} variant="secondary">
                          Change<span className="govuk-visually-hidden"> target: {deliverable.statement}</span>
                        </ButtonLink>
                        <Button
                          variant="warning"
                          className="govuk-!-margin-bottom-0"
                          onClick={() => {
                            setRemoved(null);
                            setRemoving(deliverable);
                          }}
                        >
                          Remove<span className="govuk-visually-hidden"> target: {deliverable.statement}</span>
                        </Button>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}

      {canManage ? (
        <ButtonLink to={paths.newDeliverable.getHref(programme.id, financialYear)} variant="secondary">
          Add a target for {financialYear}
        </ButtonLink>
      ) : null}
    </section>
  );
}

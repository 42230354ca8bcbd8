import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/form-fields';
import { paths } from '@/config/paths';

/** The map's one filter: the date to measure at. */
export function CoverageDateForm({ asOf, defaultAsOf, error }: { asOf?: string; defaultAsOf: string; error?: string }) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('asOf') ?? '').trim();
    void navigate(paths.coverageMap.getHref(value ? `?${new URLSearchParams({ asOf: value })}` : ''));
  };
  return (
    <form method="get" action={paths.coverageMap.getHref()} onSubmit={onSubmit} noValidate aria-label="Date of the map">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <TextInput id="asOf" name="asOf" type="date" label="As of" defaultValue={asOf ?? defaultAsOf} error={error} />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Show the map</Button>
        <Link className="govuk-link" to={paths.coverageMap.getHref()}>
          Today
        </Link>
      </div>
    </form>
  );
}

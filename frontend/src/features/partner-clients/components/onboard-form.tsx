import { useState, type FormEvent } from 'react';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Select } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';

import { useCreatePartnerClient, type PartnerClientCredentials } from '../api/partner-clients';

const FIELDS = { organisation: { id: 'organisation', label: 'Organisation' } };
const REQUIRED = 'Choose the organisation to onboard';

type OnboardFormProps = {
  /** Partner organisations that have no client yet. */
  organisations: { id: string; name: string }[];
  onOnboarded: (credentials: PartnerClientCredentials) => void;
};

/** "Onboard a partner": choose an organisation; the API makes its client and answers with the secret. */
export function OnboardForm({ organisations, onOnboarded }: OnboardFormProps) {
  const create = useCreatePartnerClient();
  const [missing, setMissing] = useState(false);
  // Remounts the select after a success, so that it is back on "Choose…".
  const [round, setRound] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const organisation = String(new FormData(event.currentTarget).get('organisation') ?? '');
    if (!organisation) {
      create.reset();
      setMissing(true);
      return;
    }
    setMissing(false);
    create.mutate(organisation, {
      onSuccess: (credentials) => {
        setRound((value) => value + 1);
        onOnboarded(credentials);
        // The page shows the secret once; the mutation's own copy of it goes now.
        create.reset();
      },
    });
  };

  if (organisations.length === 0) {
    return <p className="govuk-body">Every partner organisation has a client.</p>;
  }
  const error = missing ? REQUIRED : fieldErrorsFor(create.error, FIELDS).organisation;
  return (
    <form onSubmit={submit} noValidate>
      {missing ? <ErrorSummary errors={[{ text: REQUIRED, href: '#organisation' }]} /> : null}
      {create.error ? <ProblemSummary error={create.error} fields={FIELDS} /> : null}
      <Select
        key={round}
        id="organisation"
        name="organisation"
        label="Organisation"
        hint="Its client will be able to push and read only this organisation’s records."
        error={error}
        className="govuk-!-width-one-half"
        options={[
          { value: '', text: 'Choose an organisation' },
          ...organisations.map((organisation) => ({ value: organisation.id, text: organisation.name })),
        ]}
      />
      <Button type="submit" disabled={create.isPending}>
        Onboard partner
      </Button>
    </form>
  );
}

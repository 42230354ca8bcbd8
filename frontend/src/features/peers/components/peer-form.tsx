import type { FormEvent } from 'react';

import { CouncilPicker } from '@/components/forms/council-picker';
import { Button } from '@/components/ui/button';
import { Radios, Select, TextInput } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { ETHNIC_GROUPS, SEXES } from '@/lib/reference-data';

import type { Peer } from '../api/get-peers';
import { FORM_FIELDS } from '../lib/form';
import { PEER_KINDS, POLITICAL_GROUPS } from '../lib/reference-data';

type PeerFormProps = {
  /** The peer being changed; none for a new one. */
  peer?: Peer;
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

const ACTIVE = [
  { value: 'yes', text: 'Yes, active' },
  { value: 'no', text: 'No, inactive', hint: 'They stay on the teams they served on, but are not suggested for new ones' },
];

/**
 * The fields of a peer. Its values stay in the inputs; the page turns them into the API's body. The diversity
 * questions are optional and never filled in from what is recorded: the API does not return them.
 */
export function PeerForm({ peer, error, saving, submitText, onSubmit }: PeerFormProps) {
  const errors = fieldErrorsFor(error, FORM_FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      <Radios
        id="kind"
        name="kind"
        label="Kind of peer"
        options={PEER_KINDS}
        defaultValue={peer?.kind}
        error={errors.kind}
      />
      <TextInput
        id="name"
        name="name"
        label="Name"
        hint="As it should appear on a peer team, for example Cllr Alex Morgan"
        className="govuk-input--width-30"
        autoComplete="off"
        defaultValue={peer?.name ?? ''}
        error={errors.name}
      />
      <TextInput
        id="jobTitle"
        name="jobTitle"
        label="Job title (optional)"
        hint="For an officer peer, their post, such as Chief Executive; for a member peer, their role on the council"
        className="govuk-input--width-30"
        autoComplete="off"
        defaultValue={peer?.jobTitle ?? ''}
        error={errors.jobTitle}
      />
      <Select
        id="politicalGroup"
        name="politicalGroup"
        label="Political group"
        hint="Member peers only: required for a member peer, left as “None” for an officer peer"
        options={[{ value: '', text: 'None' }, ...POLITICAL_GROUPS]}
        defaultValue={peer?.politicalGroup ?? ''}
        error={errors.politicalGroup}
      />
      <CouncilPicker
        id="homeCouncil"
        name="homeCouncil"
        label="Home council"
        hint="The council the peer serves or works for. Type part of its name or its GSS code, then choose"
        defaultCouncil={peer?.homeCouncil}
        error={errors.homeCouncil}
      />
      <TextInput
        id="email"
        name="email"
        label="Email address (optional)"
        className="govuk-input--width-30"
        autoComplete="off"
        defaultValue={peer?.email ?? ''}
        error={errors.email}
      />
      <TextInput
        id="phone"
        name="phone"
        label="Phone number (optional)"
        className="govuk-input--width-20"
        autoComplete="off"
        defaultValue={peer?.phone ?? ''}
        error={errors.phone}
      />
      <TextInput
        id="accreditationDate"
        name="accreditationDate"
        type="date"
        label="Accreditation date (optional)"
        hint="When the peer completed LGA peer training. Leave empty if they have not yet"
        className="govuk-input--width-10"
        defaultValue={peer?.accreditationDate ?? ''}
        error={errors.accreditationDate}
      />
      <Radios
        id="active"
        name="active"
        label="Available for peer challenge teams"
        options={ACTIVE}
        defaultValue={peer ? (peer.active ? 'yes' : 'no') : 'yes'}
        small
        error={errors.active}
      />

      <fieldset className="govuk-fieldset" aria-describedby="diversity-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Diversity (optional)</h2>
        </legend>
        <div id="diversity-hint" className="govuk-hint">
          Only if the peer chose to tell us. The answers are counted only in figures for the whole pool and are never
          shown for one person, here or anywhere else.
          {peer ? ' What is recorded is not shown: leave a question unanswered to keep it.' : null}
        </div>
        <Radios id="sex" name="sex" label="Sex" options={SEXES} small error={errors.sex} />
        <Radios id="ethnicGroup" name="ethnicGroup" label="Ethnic group" options={ETHNIC_GROUPS} small error={errors.ethnicGroup} />
      </fieldset>

      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}

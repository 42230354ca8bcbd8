import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { Checkboxes, Radios, Select, TextInput, Textarea, type Option } from '@/components/ui/form-fields';
import { fieldErrorsFor } from '@/lib/api/problem';
import { PARTICIPANT_ROLES, THEMES } from '@/lib/reference-data';

import type { Metric, MetricKind, MetricUnit } from '../api/get-metrics';
import { applicableFields, METRIC_FIELDS } from '../lib/form';
import {
  ACTIVITIES,
  ATTRIBUTE_VALUES,
  ATTRIBUTES,
  CONDITIONS,
  ENGAGEMENT_TYPES,
  KIND_ACTIVITIES,
  KIND_UNITS,
  METRIC_KINDS,
  METRIC_UNITS,
  PEER_CHALLENGE_TYPES,
  QUESTIONS,
  SATISFACTION_ANSWERS,
  SENTENCE_PLACEHOLDERS,
  SURVEY_SUBJECTS,
  TEAM_ROLES,
  YES_NO_ANSWERS,
  type Activity,
} from '../lib/reference-data';

type MetricFormProps = {
  /** The metric being changed; none for a new one (the form then asks for its key). */
  metric?: Metric;
  /** The programmes to offer as filters. */
  programmes: Option[];
  /** The other metrics, for a change on the previous year's base. */
  baseMetrics: Option[];
  /** The failed save, whose field errors are shown on the fields. */
  error: unknown;
  saving: boolean;
  submitText: string;
  onSubmit: (form: FormData) => void;
};

const id = (field: keyof typeof METRIC_FIELDS) => METRIC_FIELDS[field].id;

/**
 * A metric's fields: what it is (label, section, position), what it counts (the kind, the records and the filters
 * that apply to them) and how it reads (the sentence). Changing the kind or the records shows only the definition
 * fields that fit them; the API checks the rest and names each field that does not.
 */
export function MetricForm({ metric, programmes, baseMetrics, error, saving, submitText, onSubmit }: MetricFormProps) {
  const d = metric?.definition ?? {};
  const [kind, setKind] = useState<MetricKind | undefined>(metric?.kind);
  const [unit, setUnit] = useState<MetricUnit | ''>(metric?.unit ?? '');
  const [activity, setActivity] = useState<Activity | ''>(d.activity ?? '');
  const [question, setQuestion] = useState<string>(d.question ?? '');
  const [attribute, setAttribute] = useState<string>(d.attribute ?? '');
  const errors = fieldErrorsFor(error, METRIC_FIELDS);
  const shown = applicableFields({ kind, activity });
  const activities = kind && kind !== 'change-on-previous-year' ? KIND_ACTIVITIES[kind] : [];

  const chooseKind = (chosen: string) => {
    const next = (chosen || undefined) as MetricKind | undefined;
    setKind(next);
    const expected = next ? KIND_UNITS[next] : undefined;
    if (expected) setUnit(expected);
    // Records the new kind cannot count over are cleared; one kind of records only is chosen for the user.
    const allowed = next && next !== 'change-on-previous-year' ? KIND_ACTIVITIES[next] : [];
    if (allowed.length === 1) setActivity(allowed[0]);
    else if (activity && !allowed.includes(activity)) setActivity('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitText}>
      {metric ? null : (
        <TextInput
          id={id('key')}
          name="key"
          label="Key"
          hint="Lower-case words joined by hyphens, for example councils-engaged-in-cpc-fpc-gpc. It cannot be changed later: targets and snapshots name it."
          className="govuk-input--width-30"
          autoComplete="off"
          error={errors.key}
        />
      )}
      <TextInput id={id('label')} name="label" label="Label" hint="What the figure is, as the dashboard names it" defaultValue={metric?.label ?? ''} error={errors.label} autoComplete="off" />
      <TextInput
        id={id('section')}
        name="section"
        label="Section"
        hint="The report’s section it appears in, for example Peer challenge"
        className="govuk-input--width-20"
        defaultValue={metric?.section ?? ''}
        error={errors.section}
        autoComplete="off"
      />
      <TextInput
        id={id('position')}
        name="position"
        label="Position"
        hint="Its order in the report: lower numbers first"
        className="govuk-input--width-5"
        inputMode="numeric"
        defaultValue={metric ? String(metric.position) : ''}
        error={errors.position}
        autoComplete="off"
      />
      <Select
        id={id('kind')}
        name="kind"
        label="Kind"
        hint="What the figure counts"
        value={kind ?? ''}
        onChange={chooseKind}
        options={[{ value: '', text: 'Choose a kind' }, ...METRIC_KINDS]}
        error={errors.kind}
      />
      <Select
        id={id('unit')}
        name="unit"
        label="Unit"
        hint="Set by the kind; a change on the previous year is in its base metric’s unit"
        value={unit}
        onChange={(chosen) => setUnit(chosen as MetricUnit | '')}
        options={[{ value: '', text: 'Choose a unit' }, ...METRIC_UNITS]}
        error={errors.unit}
      />

      {kind ? (
        <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="definition-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">What it counts</h2>
          </legend>
          <div className="govuk-hint" id="definition-hint">
            Only the filters that fit the kind and the records are shown. A filter left empty does not filter.
          </div>
          {shown.has('definition.baseMetric') ? (
            <Select
              id={id('definition.baseMetric')}
              name="definition.baseMetric"
              label="Base metric"
              hint="The figure whose change on the year before this is"
              defaultValue={d.baseMetric ?? ''}
              options={[{ value: '', text: 'Choose a metric' }, ...baseMetrics]}
              error={errors['definition.baseMetric']}
            />
          ) : null}
          {shown.has('definition.activity') ? (
            <Select
              id={id('definition.activity')}
              name="definition.activity"
              label="Records counted"
              value={activity}
              onChange={(chosen) => setActivity(chosen as Activity | '')}
              options={[
                { value: '', text: 'Choose the records' },
                ...ACTIVITIES.filter((option) => activities.includes(option.value) || option.value === activity),
              ]}
              error={errors['definition.activity']}
            />
          ) : null}
          {shown.has('definition.peerChallengeTypes') ? (
            <Checkboxes
              id={id('definition.peerChallengeTypes')}
              name="definition.peerChallengeTypes"
              label="Peer challenge types"
              options={PEER_CHALLENGE_TYPES}
              defaultValues={d.peerChallengeTypes}
              error={errors['definition.peerChallengeTypes']}
              small
            />
          ) : null}
          {shown.has('definition.teamRoles') ? (
            <Checkboxes
              id={id('definition.teamRoles')}
              name="definition.teamRoles"
              label="Team roles"
              options={TEAM_ROLES}
              defaultValues={d.teamRoles}
              error={errors['definition.teamRoles']}
              small
            />
          ) : null}
          {shown.has('definition.condition') ? (
            <Select
              id={id('definition.condition')}
              name="definition.condition"
              label={kind === 'peer-challenge-percentage' ? 'Condition' : 'Condition (optional)'}
              hint={kind === 'peer-challenge-percentage' ? 'What the percentage counts' : 'Count only the challenges that meet it'}
              defaultValue={d.condition ?? ''}
              options={[{ value: '', text: kind === 'peer-challenge-percentage' ? 'Choose a condition' : 'Any' }, ...CONDITIONS]}
              error={errors['definition.condition']}
            />
          ) : null}
          {shown.has('definition.theme') ? (
            <Select
              id={id('definition.theme')}
              name="definition.theme"
              label="Theme (optional)"
              hint="Only records of programmes with this theme"
              defaultValue={d.theme ?? ''}
              options={[{ value: '', text: 'Any theme' }, ...THEMES]}
              error={errors['definition.theme']}
            />
          ) : null}
          {shown.has('definition.programmes') ? (
            <div className="app-checkbox-columns">
              <Checkboxes
                id={id('definition.programmes')}
                name="definition.programmes"
                label="Programmes"
                hint="Only these programmes’ records; none chosen: every programme"
                options={programmes}
                defaultValues={d.programmes}
                error={errors['definition.programmes']}
                small
              />
            </div>
          ) : null}
          {shown.has('definition.roles') ? (
            <Checkboxes
              id={id('definition.roles')}
              name="definition.roles"
              label="Roles"
              hint="Attendees’, participants’ or respondents’ roles counted"
              options={PARTICIPANT_ROLES}
              defaultValues={d.roles}
              error={errors['definition.roles']}
              small
            />
          ) : null}
          {shown.has('definition.engagementTypes') ? (
            <Checkboxes
              id={id('definition.engagementTypes')}
              name="definition.engagementTypes"
              label="Support engagement types"
              options={ENGAGEMENT_TYPES}
              defaultValues={d.engagementTypes}
              error={errors['definition.engagementTypes']}
              small
            />
          ) : null}
          {shown.has('definition.surveySubjects') ? (
            <Checkboxes
              id={id('definition.surveySubjects')}
              name="definition.surveySubjects"
              label="Survey responses about"
              options={SURVEY_SUBJECTS}
              defaultValues={d.surveySubjects}
              error={errors['definition.surveySubjects']}
              small
            />
          ) : null}
          {shown.has('definition.question') ? (
            <Select
              id={id('definition.question')}
              name="definition.question"
              label="Survey question"
              value={question}
              onChange={setQuestion}
              options={[{ value: '', text: 'Choose a question' }, ...QUESTIONS]}
              error={errors['definition.question']}
            />
          ) : null}
          {shown.has('definition.answers') && question ? (
            <Checkboxes
              key={question === 'satisfaction' ? 'scale' : 'yes-no'}
              id={id('definition.answers')}
              name="definition.answers"
              label="Answers that count"
              hint="Towards the percentage; unanswered responses are left out of it"
              options={question === 'satisfaction' ? SATISFACTION_ANSWERS : YES_NO_ANSWERS}
              defaultValues={d.question === question ? d.answers : undefined}
              error={errors['definition.answers']}
              small
            />
          ) : null}
          {shown.has('definition.attribute') ? (
            <Select
              id={id('definition.attribute')}
              name="definition.attribute"
              label="Attribute"
              hint="Self-reported; published in aggregate only"
              value={attribute}
              onChange={setAttribute}
              options={[{ value: '', text: 'Choose an attribute' }, ...ATTRIBUTES]}
              error={errors['definition.attribute']}
            />
          ) : null}
          {shown.has('definition.attributeValue') && attribute ? (
            <Radios
              key={attribute}
              id={id('definition.attributeValue')}
              name="definition.attributeValue"
              label="Attribute value"
              hint="The answer whose share is the figure"
              options={ATTRIBUTE_VALUES[attribute] ?? []}
              defaultValue={d.attribute === attribute ? d.attributeValue : undefined}
              error={errors['definition.attributeValue']}
              small
            />
          ) : null}
          {shown.has('definition.ratePerDay') ? (
            <TextInput
              id={id('definition.ratePerDay')}
              name="definition.ratePerDay"
              label="Saving per day in pounds (optional)"
              hint="The estimated saving is the days × this rate, for example 1000"
              className="govuk-input--width-10"
              inputMode="decimal"
              defaultValue={d.ratePerDay === undefined ? '' : String(d.ratePerDay)}
              error={errors['definition.ratePerDay']}
              autoComplete="off"
            />
          ) : null}
        </fieldset>
      ) : null}

      <Textarea
        id={id('sentence')}
        name="sentence"
        label="Sentence"
        hint={
          <>
            As the printed report reads it. {kind === 'change-on-previous-year' ? '{change}' : '{value}'} is the figure; you can
            also use {SENTENCE_PLACEHOLDERS.join(', ')} where they apply. For example: {'{value}'} councils engaged in a
            corporate, finance or governance peer challenge
          </>
        }
        rows={3}
        defaultValue={metric?.sentence ?? ''}
        error={errors.sentence}
      />
      <Button type="submit" disabled={saving}>
        {submitText}
      </Button>
    </form>
  );
}

import type { ReactNode } from 'react';

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
};

function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  className,
  defaultValue,
  type = 'text',
}: FieldProps & { defaultValue?: string; type?: 'text' | 'search' }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
        className={['govuk-input', error && 'govuk-input--error', className].filter(Boolean).join(' ')}
      />
    </div>
  );
}

export type Option = { value: string; text: string };

export function Select({
  id,
  name,
  label,
  hint,
  error,
  className,
  options,
  defaultValue,
}: FieldProps & { options: Option[]; defaultValue?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={describedBy(id, hint, error)}
        className={['govuk-select', error && 'govuk-select--error', className].filter(Boolean).join(' ')}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GOV.UK radios in a fieldset; the first radio's id is `id`, so error links can target it. */
export function Radios({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  small = false,
}: FieldProps & { options: Option[]; defaultValue?: string; small?: boolean }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`govuk-radios${small ? ' govuk-radios--small' : ''}`} data-module="govuk-radios">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={option.value === defaultValue}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

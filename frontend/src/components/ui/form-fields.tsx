import type { ReactNode } from 'react';

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
};

export function describedBy(id: string, hint: unknown, error: unknown) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
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
  value,
  type = 'text',
  inputMode,
  autoComplete,
  onChange,
}: FieldProps & {
  defaultValue?: string;
  /** The value, for a field whose state the page keeps (with `onChange`); otherwise the browser keeps it. */
  value?: string;
  type?: 'text' | 'search' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
  onChange?: (value: string) => void;
}) {
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
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        spellCheck={false}
        aria-describedby={describedBy(id, hint, error)}
        className={['govuk-input', error && 'govuk-input--error', className].filter(Boolean).join(' ')}
      />
    </div>
  );
}

export type Option = { value: string; text: string };
/** A radio or checkbox, optionally with a hint of its own. */
export type Choice = Option & { hint?: string };

export function Select({
  id,
  name,
  label,
  hint,
  error,
  className,
  options,
  defaultValue,
  value,
  onChange,
}: FieldProps & {
  options: Option[];
  defaultValue?: string;
  /** The value, for a field whose state the page keeps (with `onChange`); otherwise the browser keeps it. */
  value?: string;
  onChange?: (value: string) => void;
}) {
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
        value={value}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
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
}: FieldProps & { options: Choice[]; defaultValue?: string; small?: boolean }) {
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
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK checkboxes in a fieldset; the first checkbox's id is `id`, so error links can target it. */
export function Checkboxes({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValues = [],
  small = false,
}: FieldProps & { options: Choice[]; defaultValues?: string[]; small?: boolean }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={defaultValues.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  className,
  defaultValue,
  rows = 5,
}: FieldProps & { defaultValue?: string; rows?: number }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy(id, hint, error)}
        className={['govuk-textarea', error && 'govuk-textarea--error', className].filter(Boolean).join(' ')}
      />
    </div>
  );
}

/** GOV.UK file upload (the plain input, its state kept by the browser). */
export function FileUpload({ id, name, label, hint, error, accept }: FieldProps & { accept?: string }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        className={['govuk-file-upload', error && 'govuk-file-upload--error'].filter(Boolean).join(' ')}
      />
    </div>
  );
}

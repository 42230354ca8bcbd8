import { partsFromIsoDate } from '../lib/form';

type DateInputProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
};

/**
 * GOV.UK date input: day, month and year in a fieldset. The day input's id is `id`, so error summary links
 * reach it; the fields are named `<name>-day`, `<name>-month` and `<name>-year`.
 */
export function DateInput({ id, name, label, hint, error, defaultValue }: DateInputProps) {
  const parts = partsFromIsoDate(defaultValue);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const items = [
    { part: 'day', text: 'Day', width: 2, value: parts.day, inputId: id },
    { part: 'month', text: 'Month', width: 2, value: parts.month, inputId: `${id}-month` },
    { part: 'year', text: 'Year', width: 4, value: parts.year, inputId: `${id}-year` },
  ];
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
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
        <div className="govuk-date-input">
          {items.map((item) => (
            <div className="govuk-date-input__item" key={item.part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={item.inputId}>
                  {item.text}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${item.width}${
                    error ? ' govuk-input--error' : ''
                  }`}
                  id={item.inputId}
                  name={`${name}-${item.part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={item.value}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

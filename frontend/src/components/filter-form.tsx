import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { Select, type Option } from '@/components/ui/form-fields';

type ColumnWidth = 'one-quarter' | 'one-third' | 'two-thirds';

/**
 * A list page's GOV.UK filter panel: the fields given as children, "Apply filters" and "Clear filters".
 * Submitting puts the filters in the URL (the list reads them from there); it also works as a plain GET form.
 */
export function FilterForm({
  label,
  getHref,
  searchFromForm,
  hidden = {},
  children,
}: {
  /** The form's accessible name, for example "Filter cohorts". */
  label: string;
  /** The list page's address, with an optional query string. */
  getHref: (search?: string) => string;
  /** The submitted form → the list's query string. */
  searchFromForm: (form: FormData) => string;
  /** Filters kept from the URL without a field of their own (set by links from other pages). */
  hidden?: Record<string, string | undefined>;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(getHref(searchFromForm(new FormData(event.currentTarget))));
  };

  return (
    <form method="get" action={getHref()} onSubmit={onSubmit} noValidate aria-label={label}>
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link className="govuk-link" to={getHref()}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** One select of a filter panel, in its grid column, named and identified by its query parameter. */
export function FilterSelect({
  name,
  label,
  all,
  options,
  value,
  keepUnknown = false,
  error,
  width = 'one-third',
}: {
  name: string;
  label: string;
  /** The first option's text, for no filter ("All regions"); none when left out. */
  all?: string;
  options: readonly Option[];
  /** The filter's current value. */
  value?: string;
  /** Offer the current value even when the options do not know it (so the URL's value stays selected). */
  keepUnknown?: boolean;
  error?: string;
  width?: ColumnWidth;
}) {
  const choices = all === undefined ? [...options] : [{ value: '', text: all }, ...options];
  if (keepUnknown && value && !options.some((option) => option.value === value)) {
    choices.push({ value, text: value });
  }
  return (
    <div className={`govuk-grid-column-${width}`}>
      <Select
        id={name}
        name={name}
        label={label}
        className="app-select--full-width"
        options={choices}
        defaultValue={value ?? ''}
        error={error}
      />
    </div>
  );
}

/** The financial years to offer, as select options. */
export function yearOptions(years: readonly string[]): Option[] {
  return years.map((year) => ({ value: year, text: year }));
}

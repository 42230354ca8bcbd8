import { useEffect, useRef, type MouseEvent } from 'react';

export type ErrorSummaryItem = { text: string; href?: string };

type ErrorSummaryProps = {
  title?: string;
  description?: string;
  errors?: ErrorSummaryItem[];
};

/** GOV.UK error summary. Takes focus when shown; its links move focus to the field in error. */
export function ErrorSummary({ title = 'There is a problem', description, errors = [] }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const focusTarget = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (!href.startsWith('#')) return;
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  };

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={`${index}-${error.text}`}>
                  {error.href ? (
                    <a href={error.href} onClick={(event) => focusTarget(event, error.href!)}>
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

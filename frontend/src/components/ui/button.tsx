import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';

type ButtonProps = ComponentProps<'button'> & {
  variant?: 'primary' | 'secondary' | 'warning';
};

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  const classes = ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, className]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} data-module="govuk-button" {...props} />;
}

/** A link that looks like a button (GOV.UK "start"-style call to action), for navigation. */
export function ButtonLink({
  to,
  children,
  variant = 'primary',
}: {
  to: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}) {
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={`govuk-button${variant === 'secondary' ? ' govuk-button--secondary' : ''}`}
      data-module="govuk-button"
    >
      {children}
    </Link>
  );
}

import type { ButtonHTMLAttributes } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'warning';
};

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  const classes = ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, className]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} data-module="govuk-button" {...props} />;
}

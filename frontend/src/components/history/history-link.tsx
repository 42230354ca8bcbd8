import { Link } from 'react-router';

/** A record page's "History" heading and link to its change history page (for staff and administrators). */
export function HistoryLink({ to }: { to: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">History</h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={to}>
          See who changed what, and when
        </Link>
      </p>
    </>
  );
}

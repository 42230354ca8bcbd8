import { useDocumentTitle } from '@/lib/use-document-title';

export function AboutRoute() {
  useDocumentTitle('About and data sources');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">About and data sources</h1>
        <p className="govuk-body">
          Sector Support records the support the Local Government Association and its partners give to
          English councils, so that every headline figure can be traced back to the records behind it.
        </p>

        <h2 className="govuk-heading-m">Data sources</h2>
        <p className="govuk-body" data-testid="attribution-mysociety">
          Local authority names and codes: mySociety, “UK Local Authority Names and Codes” (
          <a className="govuk-link" href="https://github.com/mysociety/uk_local_authority_names_and_codes">
            https://github.com/mysociety/uk_local_authority_names_and_codes
          </a>
          ), licensed under CC BY 4.0 (
          <a className="govuk-link" href="https://creativecommons.org/licenses/by/4.0/" rel="license">
            https://creativecommons.org/licenses/by/4.0/
          </a>
          ).
        </p>
        <p className="govuk-body" data-testid="attribution-ogl">
          Contains public sector information licensed under the{' '}
          <a
            className="govuk-link"
            href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
            rel="license"
          >
            Open Government Licence v3.0
          </a>
          .
        </p>
      </div>
    </div>
  );
}

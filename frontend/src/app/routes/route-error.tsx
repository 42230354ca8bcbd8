import { useDocumentTitle } from '@/lib/use-document-title';

export function RouteErrorRoute() {
  useDocumentTitle('Sorry, there is a problem with the service');
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go to the start page
          </a>
        </p>
      </main>
    </div>
  );
}

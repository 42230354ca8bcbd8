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
        <p className="govuk-body" data-testid="attribution-hexmap">
          The coverage map’s hex layout: Open Innovations (formerly ODI Leeds), “UK local authority districts 2023”
          hex map (
          <a className="govuk-link" href="https://github.com/odileeds/hexmaps">
            https://github.com/odileeds/hexmaps
          </a>
          ), copyright 2017- Open Innovations, licensed under the MIT licence. England’s hexes are used, with their
          names and positions only.
        </p>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">The hex map’s MIT licence</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">MIT License</p>
            <p className="govuk-body">Copyright (c) 2017- Open Innovations</p>
            <p className="govuk-body">
              Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
              associated documentation files (the "Software"), to deal in the Software without restriction, including
              without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
              copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
              following conditions:
            </p>
            <p className="govuk-body">
              The above copyright notice and this permission notice shall be included in all copies or substantial
              portions of the Software.
            </p>
            <p className="govuk-body">
              THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
              LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
              EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
              WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
              SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
            </p>
          </div>
        </details>
      </div>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation, useParams } from 'react-router';

import { ProblemSummary, type ProblemFields } from '@/components/errors/problem-summary';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { useDownloadExtract } from '@/features/extracts/api/download-extract';
import { useExtractDataset, type ExtractDataset } from '@/features/extracts/api/get-extracts';
import { ColumnsTable } from '@/features/extracts/components/columns-table';
import { CurlCommand } from '@/features/extracts/components/curl-command';
import { DatasetSummary } from '@/features/extracts/components/dataset-summary';
import { DownloadResult } from '@/features/extracts/components/download-result';
import { ExtractForm, type ChoiceName, type FormErrors } from '@/features/extracts/components/extract-form';
import { TokenHelp } from '@/features/extracts/components/token-help';
import {
  checkChoices,
  curlCommand,
  extractFilename,
  extractQuery,
  extractUrl,
  parseChoices,
  type ExtractChoices,
} from '@/features/extracts/lib/query';
import { datasetTitle, filterLabel, type ExtractFormat } from '@/features/extracts/lib/reference-data';
import { fieldErrorsFor } from '@/lib/api/problem';
import { useIsAnalyst } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

import { ExtractsNotAllowed } from './extracts';

// The API names the query parameter in error; these are the form fields that set them.
const FIELDS = {
  financialYear: { id: 'financialYear', label: 'Financial year' },
  programme: { id: 'programme', label: 'Programme' },
  theme: { id: 'theme', label: 'Theme' },
  region: { id: 'region', label: 'Region' },
  council: { id: 'council', label: 'Council GSS code' },
  updatedSince: { id: 'updatedSince', label: 'Changed since' },
} satisfies ProblemFields;

const TOKEN_HELP_ID = 'get-a-token';

/** One dataset: what it holds, a form to filter and download it in each format, its curl command and columns. */
export function ExtractRoute() {
  const isAnalyst = useIsAnalyst();
  const { dataset = '' } = useParams();
  return isAnalyst ? <ExtractPage name={dataset} /> : <ExtractsNotAllowed />;
}

function ExtractPage({ name }: { name: string }) {
  const dataset = useExtractDataset(name);
  const backLink = <BackLink to={paths.extracts.getHref()}>Back to extracts</BackLink>;
  if (dataset.data) return <DatasetPage dataset={dataset.data} backLink={backLink} />;
  if (dataset.data === null) return <DatasetNotFound name={name} backLink={backLink} />;
  return <DatasetLoading name={name} error={dataset.error} backLink={backLink} />;
}

function DatasetNotFound({ name, backLink }: { name: string; backLink: ReactNode }) {
  useDocumentTitle('Dataset not found – Extracts');
  return (
    <>
      {backLink}
      <h1 className="govuk-heading-l">Dataset not found</h1>
      <p className="govuk-body">There is no dataset called {name}.</p>
    </>
  );
}

function DatasetLoading({ name, error, backLink }: { name: string; error: unknown; backLink: ReactNode }) {
  useDocumentTitle(error ? 'Error: Extracts' : `${datasetTitle(name)} – Extracts`);
  return (
    <>
      {backLink}
      {error ? <ProblemSummary error={error} /> : null}
      <h1 className="govuk-heading-l">{datasetTitle(name)}</h1>
      {error ? null : (
        <p className="govuk-body" role="status">
          Loading the dataset…
        </p>
      )}
    </>
  );
}

function DatasetPage({ dataset, backLink }: { dataset: ExtractDataset; backLink: ReactNode }) {
  const location = useLocation();
  const auth = useAuth();
  // The URL may start the form off (a link such as ?financialYear=2024-25&format=csv); the page keeps it after.
  const [initial] = useState(() => parseChoices(location.search));
  const [choices, setChoices] = useState<ExtractChoices>(initial.choices);
  const [format, setFormat] = useState<ExtractFormat>(initial.format);
  const [invalid, setInvalid] = useState<{ field: ChoiceName; message: string }[]>([]);
  const download = useDownloadExtract();
  const title = datasetTitle(dataset.name);
  useDocumentTitle(`${download.error || invalid.length > 0 ? 'Error: ' : ''}${title} – Extracts`);

  const query = extractQuery(dataset, choices);
  const origin = env.API_BASE_URL || window.location.origin;
  const command = curlCommand(extractUrl(origin, dataset.name, query, format), extractFilename(dataset.name, query, format));

  const change = (field: ChoiceName, value: string) => setChoices((current) => ({ ...current, [field]: value }));
  const start = (chosen: ExtractFormat) => {
    setFormat(chosen);
    const problems = checkChoices(query);
    setInvalid(problems);
    if (problems.length > 0) {
      download.reset();
      return;
    }
    download.mutate({ dataset: dataset.name, query, format: chosen, filename: extractFilename(dataset.name, query, chosen) });
  };
  const takeWatermark = (watermark: string) => {
    change('updatedSince', watermark);
    document.getElementById('updatedSince')?.focus();
  };

  const errors: FormErrors = {
    ...fieldErrorsFor(download.error, FIELDS),
    ...Object.fromEntries(invalid.map((problem) => [problem.field, `${filterLabel(problem.field)} ${problem.message}`])),
  };
  const tokenUrl = `${env.OIDC_AUTHORITY.replace(/\/$/, '')}/protocol/openid-connect/token`;
  const username = auth.user?.profile.preferred_username ?? 'analyst';

  return (
    <>
      {backLink}
      {invalid.length > 0 ? (
        <ErrorSummary
          key={invalid.map((problem) => problem.message).join()}
          errors={invalid.map((problem) => ({
            text: `${filterLabel(problem.field)} ${problem.message}`,
            href: `#${problem.field}`,
          }))}
        />
      ) : null}
      {download.error ? <ProblemSummary key={download.submittedAt} error={download.error} fields={FIELDS} /> : null}
      <span className="govuk-caption-l">Extracts</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body-l">{dataset.description}</p>
      <DatasetSummary dataset={dataset} />

      <h2 className="govuk-heading-m" id="download-heading">
        Download
      </h2>
      {download.isSuccess ? (
        <DownloadResult result={download.data} incremental={dataset.incremental} onUseWatermark={takeWatermark} />
      ) : null}
      <ExtractForm
        dataset={dataset}
        choices={choices}
        onChange={change}
        onDownload={start}
        pending={download.isPending}
        errors={errors}
        labelledBy="download-heading"
      />
      <p className="govuk-body" role="status" data-testid="download-status">
        {download.isPending ? `Downloading ${download.variables.filename}…` : null}
      </p>

      <h2 className="govuk-heading-m">From a script</h2>
      <p className="govuk-body">The same extract with curl, for the filters above:</p>
      <CurlCommand command={command} format={format} onFormat={setFormat} tokenHelpId={TOKEN_HELP_ID} />
      <TokenHelp id={TOKEN_HELP_ID} tokenUrl={tokenUrl} username={username} guideHref={paths.extractsGuide.getHref()} />

      <h2 className="govuk-heading-m">Columns</h2>
      <ColumnsTable dataset={dataset} />
      <p className="govuk-body">
        CSV adds two columns, <code>deleted</code> and <code>deletedAt</code>: <code>false</code> and blank on every row,
        except the row for a record deleted or withdrawn since the watermark you gave.
      </p>
    </>
  );
}

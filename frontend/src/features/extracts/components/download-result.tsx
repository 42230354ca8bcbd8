import { useId } from 'react';

import { Button } from '@/components/ui/button';

import type { DownloadedExtract } from '../api/download-extract';

/** 812 → "812 bytes", 12_300 → "12 KB", 3_400_000 → "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

/**
 * What the last download saved, with its watermark: the value that gets only what changed since, next time.
 * Announced when it appears.
 */
export function DownloadResult({
  result,
  incremental,
  onUseWatermark,
}: {
  result: DownloadedExtract;
  /** Whether the dataset can come as changes only. */
  incremental: boolean;
  onUseWatermark: (watermark: string) => void;
}) {
  const titleId = useId();
  const { watermark } = result;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-testid="download-result"
    >
      <div className="govuk-notification-banner__header">
        <h3 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h3>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Downloaded {result.filename} ({formatBytes(result.bytes)})
        </p>
        {watermark ? (
          <>
            <p className="govuk-body">
              Extract watermark:{' '}
              <code className="app-secret app-break-all" data-testid="watermark">
                {watermark}
              </code>
            </p>
            {incremental ? (
              <>
                <p className="govuk-body">
                  Keep it: given as “Changed since” next time, it gets only the rows created, changed or deleted after
                  this download.
                </p>
                <Button variant="secondary" onClick={() => onUseWatermark(watermark)}>
                  Use it as “Changed since”
                </Button>
              </>
            ) : (
              <p className="govuk-body">This dataset does not keep track of changes: it always comes whole.</p>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

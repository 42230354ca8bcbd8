import { useId, type ReactNode } from 'react';
import { useLocation } from 'react-router';

import { noticeOf } from '@/lib/notice';

type SuccessBannerProps = {
  /** What was done: "Event deleted: Finance for portfolio holders". */
  heading: ReactNode;
  /** The banner's "Success" title is an h2, or an h3 inside a section. */
  titleLevel?: 2 | 3;
};

/** GOV.UK notification banner, success: says a write worked. Announced when it appears. */
export function SuccessBanner({ heading, titleLevel = 2 }: SuccessBannerProps) {
  const titleId = useId();
  const Title = titleLevel === 3 ? 'h3' : 'h2';
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={titleId}>
          Success
        </Title>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
      </div>
    </div>
  );
}

/** The success banner for a notice the previous page left (`withNotice`), if any. */
export function NoticeBanner() {
  const notice = noticeOf(useLocation().state);
  return notice ? <SuccessBanner heading={notice} /> : null;
}

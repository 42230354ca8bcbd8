import { useState } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { MainLayout } from '@/components/layouts/main-layout';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/lib/auth';

import { AboutRoute } from './routes/about';
import { AuthCallbackRoute } from './routes/auth-callback';
import { CohortRoute } from './routes/cohort';
import { EditCohortRoute } from './routes/cohort-edit';
import { CohortHistoryRoute } from './routes/cohort-history';
import { NewCohortRoute } from './routes/cohort-new';
import { CohortsRoute } from './routes/cohorts';
import { CouncilRoute } from './routes/council';
import { CouncilsRoute } from './routes/councils';
import { CoverageRoute } from './routes/coverage';
import { CoverageMapRoute } from './routes/coverage-map';
import { EventRoute } from './routes/event';
import { EditEventRoute } from './routes/event-edit';
import { EventHistoryRoute } from './routes/event-history';
import { NewEventRoute } from './routes/event-new';
import { EventsRoute } from './routes/events';
import { EditDeliverableRoute } from './routes/deliverable-edit';
import { ExtractRoute } from './routes/extracts-dataset';
import { ExtractsRoute } from './routes/extracts';
import { ExtractsGuideRoute } from './routes/extracts-guide';
import { NewDeliverableRoute } from './routes/deliverable-new';
import { ImportRoute } from './routes/import';
import { NewImportRoute } from './routes/import-new';
import { ImportsRoute } from './routes/imports';
import { MetricRoute } from './routes/metric';
import { EditMetricRoute } from './routes/metric-edit';
import { MetricHistoryRoute } from './routes/metric-history';
import { NewMetricRoute } from './routes/metric-new';
import { MetricsRoute } from './routes/metrics';
import { NotFoundRoute } from './routes/not-found';
import { OrganisationsRoute } from './routes/organisations';
import { PartnerClientsRoute } from './routes/partner-clients';
import { PeerChallengeRoute } from './routes/peer-challenge';
import { EditPeerChallengeRoute } from './routes/peer-challenge-edit';
import { PeerChallengeHistoryRoute } from './routes/peer-challenge-history';
import { NewPeerChallengeRoute } from './routes/peer-challenge-new';
import { PeerChallengesRoute } from './routes/peer-challenges';
import { PeerRoute } from './routes/peer';
import { EditPeerRoute } from './routes/peer-edit';
import { PeerHistoryRoute } from './routes/peer-history';
import { NewPeerRoute } from './routes/peer-new';
import { PeersRoute } from './routes/peers';
import { ProgrammeRoute } from './routes/programme';
import { EditProgrammeRoute } from './routes/programme-edit';
import { ProgrammeHistoryRoute } from './routes/programme-history';
import { NewProgrammeRoute } from './routes/programme-new';
import { ProgrammesRoute } from './routes/programmes';
import { ReportFigureRoute } from './routes/report-figure';
import { ReportPrintRoute } from './routes/report-print';
import { ReportSnapshotRoute } from './routes/report-snapshot';
import { ReportPeerChallengesRoute } from './routes/report-peer-challenges';
import { ReportsRoute } from './routes/reports';
import { RouteErrorRoute } from './routes/route-error';
import { SupportEngagementRoute } from './routes/support-engagement';
import { EditSupportEngagementRoute } from './routes/support-engagement-edit';
import { SupportEngagementHistoryRoute } from './routes/support-engagement-history';
import { NewSupportEngagementRoute } from './routes/support-engagement-new';
import { SupportEngagementsRoute } from './routes/support-engagements';
import { SurveyResponseRoute } from './routes/survey-response';
import { EditSurveyResponseRoute } from './routes/survey-response-edit';
import { SurveyResponseHistoryRoute } from './routes/survey-response-history';
import { NewSurveyResponseRoute } from './routes/survey-response-new';
import { SurveyResponsesRoute } from './routes/survey-responses';

export const routes = [
  {
    element: <MainLayout />,
    errorElement: <RouteErrorRoute />,
    children: [
      { path: paths.authCallback.path, element: <AuthCallbackRoute /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <Navigate to={paths.councils.getHref()} replace /> },
          { path: paths.councils.path, element: <CouncilsRoute /> },
          { path: paths.council.path, element: <CouncilRoute /> },
          { path: paths.peerChallenges.path, element: <PeerChallengesRoute /> },
          { path: paths.newPeerChallenge.path, element: <NewPeerChallengeRoute /> },
          { path: paths.peerChallenge.path, element: <PeerChallengeRoute /> },
          { path: paths.editPeerChallenge.path, element: <EditPeerChallengeRoute /> },
          { path: paths.peerChallengeHistory.path, element: <PeerChallengeHistoryRoute /> },
          { path: paths.peers.path, element: <PeersRoute /> },
          { path: paths.newPeer.path, element: <NewPeerRoute /> },
          { path: paths.peer.path, element: <PeerRoute /> },
          { path: paths.editPeer.path, element: <EditPeerRoute /> },
          { path: paths.peerHistory.path, element: <PeerHistoryRoute /> },
          { path: paths.supportEngagements.path, element: <SupportEngagementsRoute /> },
          { path: paths.newSupportEngagement.path, element: <NewSupportEngagementRoute /> },
          { path: paths.supportEngagement.path, element: <SupportEngagementRoute /> },
          { path: paths.editSupportEngagement.path, element: <EditSupportEngagementRoute /> },
          { path: paths.supportEngagementHistory.path, element: <SupportEngagementHistoryRoute /> },
          { path: paths.coverage.path, element: <CoverageRoute /> },
          { path: paths.coverageMap.path, element: <CoverageMapRoute /> },
          { path: paths.events.path, element: <EventsRoute /> },
          { path: paths.newEvent.path, element: <NewEventRoute /> },
          { path: paths.event.path, element: <EventRoute /> },
          { path: paths.editEvent.path, element: <EditEventRoute /> },
          { path: paths.eventHistory.path, element: <EventHistoryRoute /> },
          { path: paths.programmes.path, element: <ProgrammesRoute /> },
          { path: paths.newProgramme.path, element: <NewProgrammeRoute /> },
          { path: paths.programme.path, element: <ProgrammeRoute /> },
          { path: paths.editProgramme.path, element: <EditProgrammeRoute /> },
          { path: paths.programmeHistory.path, element: <ProgrammeHistoryRoute /> },
          { path: paths.newDeliverable.path, element: <NewDeliverableRoute /> },
          { path: paths.editDeliverable.path, element: <EditDeliverableRoute /> },
          { path: paths.cohorts.path, element: <CohortsRoute /> },
          { path: paths.newCohort.path, element: <NewCohortRoute /> },
          { path: paths.cohort.path, element: <CohortRoute /> },
          { path: paths.editCohort.path, element: <EditCohortRoute /> },
          { path: paths.cohortHistory.path, element: <CohortHistoryRoute /> },
          { path: paths.surveyResponses.path, element: <SurveyResponsesRoute /> },
          { path: paths.newSurveyResponse.path, element: <NewSurveyResponseRoute /> },
          { path: paths.surveyResponse.path, element: <SurveyResponseRoute /> },
          { path: paths.editSurveyResponse.path, element: <EditSurveyResponseRoute /> },
          { path: paths.surveyResponseHistory.path, element: <SurveyResponseHistoryRoute /> },
          { path: paths.imports.path, element: <ImportsRoute /> },
          { path: paths.newImport.path, element: <NewImportRoute /> },
          { path: paths.import.path, element: <ImportRoute /> },
          { path: paths.extracts.path, element: <ExtractsRoute /> },
          { path: paths.extractsGuide.path, element: <ExtractsGuideRoute /> },
          { path: paths.extract.path, element: <ExtractRoute /> },
          { path: paths.reports.path, element: <ReportsRoute /> },
          { path: paths.reportFigure.path, element: <ReportFigureRoute /> },
          { path: paths.reportPrint.path, element: <ReportPrintRoute /> },
          { path: paths.reportSnapshot.path, element: <ReportSnapshotRoute /> },
          { path: paths.peerChallengeReport.path, element: <ReportPeerChallengesRoute /> },
          { path: paths.metrics.path, element: <MetricsRoute /> },
          { path: paths.newMetric.path, element: <NewMetricRoute /> },
          { path: paths.metric.path, element: <MetricRoute /> },
          { path: paths.editMetric.path, element: <EditMetricRoute /> },
          { path: paths.metricHistory.path, element: <MetricHistoryRoute /> },
          { path: paths.organisations.path, element: <OrganisationsRoute /> },
          { path: paths.partnerClients.path, element: <PartnerClientsRoute /> },
          { path: paths.about.path, element: <AboutRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

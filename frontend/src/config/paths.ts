export const paths = {
  home: { path: '/', getHref: () => '/' },
  authCallback: { path: '/auth/callback', getHref: () => '/auth/callback' },
  councils: { path: '/councils', getHref: (search = '') => `/councils${search}` },
  council: {
    path: '/councils/:gssCode',
    getHref: (gssCode: string) => `/councils/${encodeURIComponent(gssCode)}`,
  },
  peerChallenges: { path: '/peer-challenges', getHref: (search = '') => `/peer-challenges${search}` },
  newPeerChallenge: {
    path: '/peer-challenges/new',
    getHref: (search = '') => `/peer-challenges/new${search}`,
  },
  peerChallenge: {
    path: '/peer-challenges/:id',
    getHref: (id: number | string) => `/peer-challenges/${encodeURIComponent(String(id))}`,
  },
  editPeerChallenge: {
    path: '/peer-challenges/:id/edit',
    getHref: (id: number | string) => `/peer-challenges/${encodeURIComponent(String(id))}/edit`,
  },
  peerChallengeHistory: {
    path: '/peer-challenges/:id/history',
    getHref: (id: number | string) => `/peer-challenges/${encodeURIComponent(String(id))}/history`,
  },
  peers: { path: '/peers', getHref: (search = '') => `/peers${search}` },
  newPeer: { path: '/peers/new', getHref: () => '/peers/new' },
  peer: {
    path: '/peers/:id',
    getHref: (id: number | string) => `/peers/${encodeURIComponent(String(id))}`,
  },
  editPeer: {
    path: '/peers/:id/edit',
    getHref: (id: number | string) => `/peers/${encodeURIComponent(String(id))}/edit`,
  },
  peerHistory: {
    path: '/peers/:id/history',
    getHref: (id: number | string) => `/peers/${encodeURIComponent(String(id))}/history`,
  },
  supportEngagements: {
    path: '/support-engagements',
    getHref: (search = '') => `/support-engagements${search}`,
  },
  newSupportEngagement: {
    path: '/support-engagements/new',
    getHref: (search = '') => `/support-engagements/new${search}`,
  },
  supportEngagement: {
    path: '/support-engagements/:id',
    getHref: (id: number | string) => `/support-engagements/${encodeURIComponent(String(id))}`,
  },
  editSupportEngagement: {
    path: '/support-engagements/:id/edit',
    getHref: (id: number | string) => `/support-engagements/${encodeURIComponent(String(id))}/edit`,
  },
  supportEngagementHistory: {
    path: '/support-engagements/:id/history',
    getHref: (id: number | string) => `/support-engagements/${encodeURIComponent(String(id))}/history`,
  },
  events: { path: '/events', getHref: (search = '') => `/events${search}` },
  newEvent: { path: '/events/new', getHref: () => '/events/new' },
  event: {
    path: '/events/:id',
    getHref: (id: number | string, search = '') => `/events/${encodeURIComponent(String(id))}${search}`,
  },
  editEvent: {
    path: '/events/:id/edit',
    getHref: (id: number | string) => `/events/${encodeURIComponent(String(id))}/edit`,
  },
  eventHistory: {
    path: '/events/:id/history',
    getHref: (id: number | string) => `/events/${encodeURIComponent(String(id))}/history`,
  },
  programmes: { path: '/programmes', getHref: (search = '') => `/programmes${search}` },
  newProgramme: { path: '/programmes/new', getHref: () => '/programmes/new' },
  programme: {
    path: '/programmes/:id',
    getHref: (id: string) => `/programmes/${encodeURIComponent(id)}`,
  },
  editProgramme: {
    path: '/programmes/:id/edit',
    getHref: (id: string) => `/programmes/${encodeURIComponent(id)}/edit`,
  },
  programmeHistory: {
    path: '/programmes/:id/history',
    getHref: (id: string) => `/programmes/${encodeURIComponent(id)}/history`,
  },
  newDeliverable: {
    path: '/programmes/:id/deliverables/new',
    getHref: (programmeId: string, financialYear?: string) =>
      `/programmes/${encodeURIComponent(programmeId)}/deliverables/new${
        financialYear ? `?financialYear=${encodeURIComponent(financialYear)}` : ''
      }`,
  },
  editDeliverable: {
    path: '/programmes/:id/deliverables/:deliverableId/edit',
    getHref: (programmeId: string, deliverableId: number | string) =>
      `/programmes/${encodeURIComponent(programmeId)}/deliverables/${encodeURIComponent(String(deliverableId))}/edit`,
  },
  cohorts: { path: '/cohorts', getHref: (search = '') => `/cohorts${search}` },
  newCohort: { path: '/cohorts/new', getHref: (search = '') => `/cohorts/new${search}` },
  cohort: {
    path: '/cohorts/:id',
    getHref: (id: number | string) => `/cohorts/${encodeURIComponent(String(id))}`,
  },
  editCohort: {
    path: '/cohorts/:id/edit',
    getHref: (id: number | string) => `/cohorts/${encodeURIComponent(String(id))}/edit`,
  },
  cohortHistory: {
    path: '/cohorts/:id/history',
    getHref: (id: number | string) => `/cohorts/${encodeURIComponent(String(id))}/history`,
  },
  surveyResponses: { path: '/survey-responses', getHref: (search = '') => `/survey-responses${search}` },
  newSurveyResponse: {
    path: '/survey-responses/new',
    getHref: (search = '') => `/survey-responses/new${search}`,
  },
  surveyResponse: {
    path: '/survey-responses/:id',
    getHref: (id: number | string) => `/survey-responses/${encodeURIComponent(String(id))}`,
  },
  editSurveyResponse: {
    path: '/survey-responses/:id/edit',
    getHref: (id: number | string) => `/survey-responses/${encodeURIComponent(String(id))}/edit`,
  },
  surveyResponseHistory: {
    path: '/survey-responses/:id/history',
    getHref: (id: number | string) => `/survey-responses/${encodeURIComponent(String(id))}/history`,
  },
  coverage: { path: '/coverage', getHref: (search = '') => `/coverage${search}` },
  coverageMap: { path: '/coverage/map', getHref: (search = '') => `/coverage/map${search}` },
  imports: { path: '/imports', getHref: (search = '') => `/imports${search}` },
  newImport: { path: '/imports/new', getHref: () => '/imports/new' },
  import: {
    path: '/imports/:id',
    getHref: (id: number | string) => `/imports/${encodeURIComponent(String(id))}`,
  },
  extracts: { path: '/extracts', getHref: () => '/extracts' },
  extractsGuide: { path: '/extracts/guide', getHref: (hash = '') => `/extracts/guide${hash}` },
  extract: {
    path: '/extracts/:dataset',
    getHref: (dataset: string, search = '') => `/extracts/${encodeURIComponent(dataset)}${search}`,
  },
  reports: { path: '/reports', getHref: (search = '') => `/reports${search}` },
  reportFigure: {
    path: '/reports/:year/figures/:metricKey',
    getHref: (year: string, metricKey: string, search = '') =>
      `/reports/${encodeURIComponent(year)}/figures/${encodeURIComponent(metricKey)}${search}`,
  },
  reportPrint: {
    path: '/reports/:year/print',
    getHref: (year: string, search = '') => `/reports/${encodeURIComponent(year)}/print${search}`,
  },
  reportSnapshot: {
    path: '/reports/:year/snapshots/:id',
    getHref: (year: string, id: number | string) =>
      `/reports/${encodeURIComponent(year)}/snapshots/${encodeURIComponent(String(id))}`,
  },
  peerChallengeReport: {
    path: '/reports/:year/peer-challenges',
    getHref: (year: string, search = '') => `/reports/${encodeURIComponent(year)}/peer-challenges${search}`,
  },
  metrics: { path: '/metrics', getHref: () => '/metrics' },
  newMetric: { path: '/metrics/new', getHref: () => '/metrics/new' },
  metric: {
    path: '/metrics/:key',
    getHref: (key: string) => `/metrics/${encodeURIComponent(key)}`,
  },
  editMetric: {
    path: '/metrics/:key/edit',
    getHref: (key: string) => `/metrics/${encodeURIComponent(key)}/edit`,
  },
  metricHistory: {
    path: '/metrics/:key/history',
    getHref: (key: string) => `/metrics/${encodeURIComponent(key)}/history`,
  },
  organisations: { path: '/organisations', getHref: () => '/organisations' },
  partnerClients: { path: '/partner-clients', getHref: () => '/partner-clients' },
  about: { path: '/about', getHref: () => '/about' },
} as const;

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
  coverage: { path: '/coverage', getHref: (search = '') => `/coverage${search}` },
  organisations: { path: '/organisations', getHref: () => '/organisations' },
  about: { path: '/about', getHref: () => '/about' },
} as const;

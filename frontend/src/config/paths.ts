export const paths = {
  home: { path: '/', getHref: () => '/' },
  authCallback: { path: '/auth/callback', getHref: () => '/auth/callback' },
  councils: { path: '/councils', getHref: (search = '') => `/councils${search}` },
  council: {
    path: '/councils/:gssCode',
    getHref: (gssCode: string) => `/councils/${encodeURIComponent(gssCode)}`,
  },
  organisations: { path: '/organisations', getHref: () => '/organisations' },
  about: { path: '/about', getHref: () => '/about' },
} as const;

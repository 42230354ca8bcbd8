import { useEffect, useRef, type MouseEvent } from 'react';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { displayName } from '@/lib/auth';
import { rolesFromAccessToken, type Role } from '@/lib/roles';
import { SERVICE_NAME } from '@/lib/use-document-title';

const ATTRIBUTION = {
  dataset: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
  ccBy: 'https://creativecommons.org/licenses/by/4.0/',
  ogl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** The menu; an item with `roles` is shown only to those roles (the page itself says so to anyone else). */
const NAVIGATION: { text: string; href: string; roles?: Role[] }[] = [
  { text: 'Councils', href: paths.councils.getHref() },
  { text: 'Peer challenges', href: paths.peerChallenges.getHref() },
  // Names and contact details: LGA staff and administrators only, as the API allows.
  { text: 'Peers', href: paths.peers.getHref(), roles: ['staff', 'admin'] },
  { text: 'Support', href: paths.supportEngagements.getHref() },
  { text: 'Coverage', href: paths.coverage.getHref() },
  { text: 'Programmes', href: paths.programmes.getHref() },
  { text: 'Events', href: paths.events.getHref() },
  { text: 'Cohorts', href: paths.cohorts.getHref() },
  { text: 'Surveys', href: paths.surveyResponses.getHref() },
  { text: 'Annual report', href: paths.reports.getHref(), roles: ['admin', 'staff', 'analyst'] },
  { text: 'Imports', href: paths.imports.getHref() },
  { text: 'Extracts', href: paths.extracts.getHref(), roles: ['analyst', 'admin'] },
  { text: 'Organisations', href: paths.organisations.getHref() },
  { text: 'Metrics', href: paths.metrics.getHref(), roles: ['admin'] },
  { text: 'Partner clients', href: paths.partnerClients.getHref(), roles: ['admin'] },
  { text: 'About', href: paths.about.getHref() },
];

function Header() {
  const auth = useAuth();
  const signOut = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` });
  };
  return (
    <header className="govuk-header" data-module="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo app-header__logo">
          <Link to={paths.home.getHref()} className="govuk-header__link govuk-header__service-name">
            {SERVICE_NAME}
          </Link>
        </div>
        {auth.isAuthenticated ? (
          <div className="govuk-header__content app-header__account">
            <nav aria-label="Account" className="govuk-header__navigation">
              <ul className="govuk-header__navigation-list">
                <li className="govuk-header__navigation-item app-header__user">
                  <span className="govuk-visually-hidden">Signed in as </span>
                  {displayName(auth.user)}
                </li>
                <li className="govuk-header__navigation-item">
                  <a className="govuk-header__link" href="/" onClick={signOut}>
                    Sign out
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        ) : null}
      </div>
    </header>
  );
}

function ServiceNavigation() {
  const { pathname } = useLocation();
  const held = rolesFromAccessToken(useAuth().user?.access_token);
  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {NAVIGATION.filter((item) => !item.roles || item.roles.some((role) => held.includes(role))).map((item) => {
                const current = pathname === item.href;
                const active = current || pathname.startsWith(`${item.href}/`);
                return (
                  <li
                    key={item.href}
                    className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={current ? 'page' : active ? 'true' : undefined}
                    >
                      {active ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to={paths.about.getHref()}>
                  About and data sources
                </Link>
              </li>
            </ul>
            <div className="govuk-footer__meta-custom">
              Local authority names and codes from{' '}
              <a className="govuk-footer__link" href={ATTRIBUTION.dataset}>
                mySociety, “UK Local Authority Names and Codes”
              </a>
              , licensed under{' '}
              <a className="govuk-footer__link" href={ATTRIBUTION.ccBy} rel="license">
                CC BY 4.0
              </a>
              . Contains public sector information licensed under the{' '}
              <a className="govuk-footer__link" href={ATTRIBUTION.ogl} rel="license">
                Open Government Licence v3.0
              </a>
              .
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** The page frame: skip link, header, navigation, phase banner, main content, footer. */
export function MainLayout() {
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content as a full page load would: to the element
  // the address's fragment names when there is one (e.g. a section's filter), otherwise to the main content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView?.();
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname, location.search, location.hash]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <Header />
      <ServiceNavigation />
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Alpha</strong>
            <span className="govuk-phase-banner__text">This is a new service. Your feedback will help us to improve it.</span>
          </p>
        </div>
        <main className="govuk-main-wrapper app-main-wrapper" id="main-content" tabIndex={-1} ref={mainRef}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, RouterProvider, createBrowserRouter, Navigate, useLocation } from 'react-router';
import { Provider } from 'urql';
import { type Session, clearSession, loadSession } from './auth';
import { createConsoleClient } from './client';
import { setLanguage } from './i18n';
import { LiveEvents, useLiveStatus } from './live';
import { Inbox } from './pages/Inbox';
import { Login } from './pages/Login';
import { SessionContext, useSession, useSignOut } from './session';
import { usePendingReports, useOutboxSender } from './outbox';

const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  INSPECTOR: { zh: '检查员', en: 'Inspector' },
  SUPERVISOR: { zh: '督办员', en: 'Supervisor' },
  COMMITTEE_OFFICE: { zh: '安委办', en: 'Committee office' },
  AUDITOR: { zh: '审计员', en: 'Auditor' },
  ENTERPRISE: { zh: '企业安全管理员', en: 'Enterprise safety manager' },
};

function Layout() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const live = useLiveStatus();
  // 督查与检查 (/oversight) belongs to 专项行动's section: its link is lit there too
  const { pathname } = useLocation();
  const sectionOf = (to: string) => to === '/campaigns' && pathname.startsWith('/oversight');
  // reports typed offline go when the connection returns, from whatever screen is open (outbox.ts)
  useOutboxSender(session.sub);
  const pending = usePendingReports(session.sub);
  const en = i18n.language === 'en';
  // An enterprise's safety manager works on its own hazards only (README, Security model): no boards, reports or audit.
  const enterprise = session.roles.includes('ENTERPRISE');
  const links = (
    [
      ['/', t('nav.inbox')],
      ['/hazards', t('nav.hazards')],
      ['/overdue', t('nav.overdue')],
      ['/report', t('nav.report')],
      ['/audit', t('nav.audit')],
      ['/duty', t('nav.duty')],
      ['/register', t('nav.register')],
      ['/campaigns', t('nav.campaigns')],
      ['/reporting', t('nav.reports')],
    ] as const
  ).filter(([to]) => !enterprise || to === '/' || to === '/hazards');
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span aria-hidden="true" className="logo">
            ▲
          </span>
          {t('app.name')}
        </div>
        <nav aria-label={en ? 'Main' : '主导航'}>
          <ul>
            {links.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'} className={({ isActive }) => (isActive || sectionOf(to) ? 'active' : undefined)}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span className={`live live-${live}`} role="status" aria-live="polite">
            {live === 'connected' ? t('common.live') : live === 'closed' ? t('common.offline') : t('common.loading')}
          </span>
          {pending.length > 0 && (
            <NavLink to="/hazards/new" className="pending" data-testid="pending-count">
              {t('app.pending', { count: pending.length })}
            </NavLink>
          )}
          <span>
            {session.name}（{session.roles.map((r) => (en ? ROLE_NAMES[r]?.en : ROLE_NAMES[r]?.zh) ?? r).join('、')}）
          </span>
          <button type="button" className="link" aria-label={t('app.languageLabel')} onClick={() => setLanguage(en ? 'zh' : 'en')}>
            {t('app.language')}
          </button>
          <button type="button" className="link" onClick={signOut}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <p className="zone-note">{t('app.beijingTime')}</p>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      // the landing screen comes with the first load (first paint); the others load when opened
      { index: true, Component: Inbox },
      { path: 'hazards', lazy: async () => ({ Component: (await import('./pages/HazardList')).HazardList }) },
      { path: 'hazards/new', lazy: async () => ({ Component: (await import('./pages/ReportHazard')).ReportHazard }) },
      { path: 'hazards/:id', lazy: async () => ({ Component: (await import('./pages/HazardDetail')).HazardDetail }) },
      { path: 'overdue', lazy: async () => ({ Component: (await import('./pages/Overdue')).Overdue }) },
      { path: 'report', lazy: async () => ({ Component: (await import('./pages/DailyReport')).DailyReport }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('./pages/Audit')).Audit }) },
      { path: 'audit/:id', lazy: async () => ({ Component: (await import('./pages/Audit')).Audit }) },
      { path: 'duty', lazy: async () => ({ Component: (await import('./pages/duty/DutyDesk')).DutyDesk }) },
      { path: 'duty/roster', lazy: async () => ({ Component: (await import('./pages/duty/Roster')).RosterPage }) },
      { path: 'duty/log', lazy: async () => ({ Component: (await import('./pages/duty/DutyLog')).DutyLog }) },
      { path: 'duty/incidents', lazy: async () => ({ Component: (await import('./pages/duty/Incidents')).Incidents }) },
      // the campaigns' and oversight screens (专项行动与督查检查)
      { path: 'campaigns', lazy: async () => ({ Component: (await import('./pages/oversight/Campaigns')).Campaigns }) },
      { path: 'campaigns/:id', lazy: async () => ({ Component: (await import('./pages/oversight/Campaign')).CampaignPage }) },
      { path: 'oversight', lazy: async () => ({ Component: (await import('./pages/oversight/Oversight')).OversightPage }) },
      // the register (重点单位与重大危险源)
      { path: 'register', lazy: async () => ({ Component: (await import('./pages/register/Overview')).RegisterOverview }) },
      { path: 'register/enterprises', lazy: async () => ({ Component: (await import('./pages/register/Enterprises')).Enterprises }) },
      { path: 'register/sources', lazy: async () => ({ Component: (await import('./pages/register/Sources')).Sources }) },
      { path: 'register/grading', lazy: async () => ({ Component: (await import('./pages/register/Grading')).Grading }) },
      // reports (报表): the period report and the import
      { path: 'reporting', lazy: async () => ({ Component: (await import('./pages/reports/PeriodReport')).PeriodReport }) },
      { path: 'reporting/import', lazy: async () => ({ Component: (await import('./pages/reports/Import')).ImportList }) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);

export function Root() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const client = useMemo(() => (session ? createConsoleClient(session) : null), [session]);
  if (!session || !client) return <Login onSignedIn={setSession} />;
  const signOut = () => {
    clearSession();
    client.ws.dispose();
    setSession(null);
  };
  return (
    <SessionContext.Provider value={{ session, signOut }}>
      <Provider value={client.client}>
        <LiveEvents>
          <RouterProvider router={router} />
        </LiveEvents>
      </Provider>
    </SessionContext.Provider>
  );
}

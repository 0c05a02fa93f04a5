import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { Role } from '@hazard/domain';
import { hasRole } from '../auth';
import { graphql } from '../gql';
import { addTexts } from '../i18n';
import { useLiveEvents } from '../live';
import { useSession } from '../session';
import { formatTime } from '../time';

addTexts('inbox', {
  zh: {
    title: '我的待办',
    intro: '按你的角色和管辖范围列出等你处理的隐患；数字实时更新。',
    toList: '待挂牌（重大隐患）',
    toSupervise: '待下达督办',
    toRectify: '待提交整改',
    toVerify: '待核查验收',
    extensions: '延期待审批',
    overdue: '已逾期',
    standby: '停产盯守检查',
    more: '查看全部 {{count}} 项',
    nothing: '没有待办',
    ownOnly: '其中 {{count}} 项是你自己提交的，须由他人处理（四眼原则）',
    deadline: '期限 {{time}}',
  },
  en: {
    title: 'My inbox',
    intro: 'What waits for you, by your roles and scope; the counts update live.',
    toList: 'To list (major hazards)',
    toSupervise: 'To supervise',
    toRectify: 'Rectification to submit',
    toVerify: 'To verify',
    extensions: 'Extensions to decide',
    overdue: 'Overdue',
    standby: 'Standby checks (suspended)',
    more: 'All {{count}}',
    nothing: 'Nothing waits',
    ownOnly: '{{count}} of them are your own and need someone else (four eyes)',
    deadline: 'due {{time}}',
  },
});

const InboxQuery = graphql(`
  query InboxCounts {
    toList: hazards(filter: { status: [FOUND], level: MAJOR }, first: 5) { totalCount edges { node { id code title deadline } } }
    toSupervise: hazards(filter: { status: [LISTED] }, first: 5) { totalCount edges { node { id code title deadline } } }
    toRectify: hazards(filter: { status: [SUPERVISED, SUSPENDED], pendingVerification: false }, first: 5) { totalCount edges { node { id code title deadline } } }
    toVerify: hazards(filter: { pendingVerification: true }, first: 100) {
      totalCount
      edges { node { id code title deadline submission { submittedBy { sub } } } }
    }
    extensions: hazards(filter: { extensionRequested: true }, first: 100) {
      totalCount
      edges { node { id code title deadline extensionRequest { requestedBy { sub } } } }
    }
    overdue: hazards(filter: { overdue: true }, first: 5) { totalCount edges { node { id code title deadline } } }
    standby: hazards(filter: { status: [SUSPENDED] }, first: 5) { totalCount edges { node { id code title deadline } } }
  }
`);

type Key = 'toList' | 'toSupervise' | 'toRectify' | 'toVerify' | 'extensions' | 'overdue' | 'standby';

const TILES: { key: Key; roles: Role[]; href: string; hot?: boolean }[] = [
  { key: 'overdue', roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'AUDITOR', 'ENTERPRISE'], href: '/hazards?overdue=true', hot: true },
  { key: 'toList', roles: ['SUPERVISOR', 'COMMITTEE_OFFICE'], href: '/hazards?status=FOUND&level=MAJOR' },
  { key: 'toSupervise', roles: ['SUPERVISOR', 'COMMITTEE_OFFICE'], href: '/hazards?status=LISTED' },
  { key: 'toVerify', roles: ['SUPERVISOR', 'COMMITTEE_OFFICE'], href: '/hazards?pendingVerification=true' },
  { key: 'extensions', roles: ['SUPERVISOR', 'COMMITTEE_OFFICE'], href: '/hazards?extensionRequested=true' },
  { key: 'toRectify', roles: ['INSPECTOR', 'ENTERPRISE'], href: '/hazards?status=SUPERVISED,SUSPENDED&pendingVerification=false' },
  { key: 'standby', roles: ['INSPECTOR', 'SUPERVISOR', 'COMMITTEE_OFFICE', 'ENTERPRISE'], href: '/hazards?status=SUSPENDED' },
];

export function Inbox() {
  const { t } = useTranslation('inbox');
  const session = useSession();
  const [{ data, error }, reexecute] = useQuery({ query: InboxQuery, requestPolicy: 'cache-and-network' });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveEvents(refetch, { onResync: refetch, pollMs: 60_000, debounceMs: 400 });
  const tiles = TILES.filter((tile) => hasRole(session, ...tile.roles));
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {error && (
        <p role="alert" className="error">
          {t('translation:common.error', { message: error.message })}
        </p>
      )}
      <div className="grid">
        {tiles.map((tile) => {
          const block = data?.[tile.key];
          let nodes = block?.edges.map((e) => e.node) ?? [];
          let own = 0;
          // four eyes: your own submission or request waits for someone else, not for you
          if (tile.key === 'toVerify' || tile.key === 'extensions') {
            const mine = (n: (typeof nodes)[number]) =>
              ('submission' in n && n.submission?.submittedBy.sub === session.sub) || ('extensionRequest' in n && n.extensionRequest?.requestedBy.sub === session.sub);
            own = nodes.filter(mine).length;
            nodes = nodes.filter((n) => !mine(n));
          }
          const count = block ? block.totalCount - own : null;
          return (
            <section key={tile.key} className={`tile${tile.hot && count ? ' hot' : ''}`} aria-labelledby={`tile-${tile.key}`}>
              <h2 id={`tile-${tile.key}`}>{t(tile.key)}</h2>
              <p className="n" data-testid={`inbox-${tile.key}`} aria-live="polite">
                {count ?? '…'}
              </p>
              {own > 0 && <p className="muted">{t('ownOnly', { count: own })}</p>}
              {count === 0 && <p className="muted">{t('nothing')}</p>}
              <ul>
                {nodes.slice(0, 5).map((n) => (
                  <li key={n.id}>
                    <Link to={`/hazards/${n.id}`}>
                      {n.code} {n.title}
                    </Link>{' '}
                    {n.deadline && <span className="muted">{t('deadline', { time: formatTime(n.deadline) })}</span>}
                  </li>
                ))}
              </ul>
              {count !== null && count > 0 && <Link to={tile.href}>{t('more', { count })}</Link>}
            </section>
          );
        })}
      </div>
    </>
  );
}

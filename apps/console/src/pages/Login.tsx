import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Session, parseToken, saveSession } from '../auth';
import { addTexts, setLanguage } from '../i18n';

addTexts('login', {
  zh: {
    title: '登录',
    intro: '粘贴单位身份认证系统签发的令牌（JWT）。',
    token: '令牌',
    signIn: '登录',
    invalid: '这不是有效的令牌（应为以点分隔的三段）。',
    expired: '令牌已过期，请重新获取。',
    rejected: '服务器拒绝了此令牌：{{message}}',
    dev: '开发环境：选择一个预置角色',
  },
  en: {
    title: 'Sign in',
    intro: 'Paste the token (JWT) your identity provider issued.',
    token: 'Token',
    signIn: 'Sign in',
    invalid: 'This is not a valid token (three parts separated by dots).',
    expired: 'This token has expired; get a new one.',
    rejected: 'The server refused this token: {{message}}',
    dev: 'Development: pick a seeded role',
  },
});

interface DevPerson {
  role: string;
  name: string;
  scope: string;
  token: string;
}

/** Checks the token against the server before keeping it: a wrong one is refused here, not on the first screen. */
async function check(token: string): Promise<string | null> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ regions { code } }' }),
  });
  const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] };
  return body.errors?.length ? body.errors[0].message : null;
}

export function Login({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const { t, i18n } = useTranslation('login');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [people, setPeople] = useState<DevPerson[]>([]);
  useEffect(() => {
    fetch('/dev/tokens')
      .then((r) => (r.ok ? (r.json() as Promise<DevPerson[]>) : []))
      .then(setPeople)
      .catch(() => setPeople([]));
  }, []);

  const signIn = async (value: string) => {
    const session = parseToken(value);
    if (!session) return setError(t('invalid'));
    if (session.expiresAt && session.expiresAt < Date.now()) return setError(t('expired'));
    const refused = await check(session.token);
    if (refused) return setError(t('rejected', { message: refused }));
    saveSession(session);
    onSignedIn(session);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void signIn(token);
  };
  // A token is one line: Enter (or Ctrl+Enter) signs in, as in any sign-in form; a pasted token's line breaks are trimmed.
  const signInOnEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void signIn(token);
    }
  };
  const en = i18n.language === 'en';
  return (
    <main id="main" className="login">
      <h1>{t('translation:app.name')}</h1>
      <button type="button" className="link lang" onClick={() => setLanguage(en ? 'zh' : 'en')} aria-label={t('translation:app.languageLabel')}>
        {t('translation:app.language')}
      </button>
      <form onSubmit={submit} aria-labelledby="login-title">
        <h2 id="login-title">{t('title')}</h2>
        <p>{t('intro')}</p>
        <label htmlFor="token">{t('token')}</label>
        <textarea id="token" name="token" rows={4} value={token} onChange={(e) => setToken(e.target.value)} onKeyDown={signInOnEnter} aria-invalid={error ? true : undefined} aria-describedby={error ? 'login-error' : undefined} />
        {error && (
          <p id="login-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('signIn')}
        </button>
      </form>
      {people.length > 0 && (
        <section aria-labelledby="dev-title" className="dev-picker">
          <h2 id="dev-title">{t('dev')}</h2>
          <ul>
            {people.map((p) => (
              <li key={p.token}>
                <button type="button" onClick={() => void signIn(p.token)}>
                  {p.name} · {p.role} · {p.scope}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

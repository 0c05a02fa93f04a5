import { createContext, useContext } from 'react';
import type { Session } from './auth';

export const SessionContext = createContext<{ session: Session; signOut: () => void } | null>(null);

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in console');
  return value.session;
}

export function useSignOut(): () => void {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSignOut outside a signed-in console');
  return value.signOut;
}

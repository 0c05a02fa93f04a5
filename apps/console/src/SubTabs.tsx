import { NavLink } from 'react-router';

/**
 * A section's pages as one sub-navigation (a landmark of its own, named by `label`): the duty desk, the register,
 * campaigns and oversight, reports. A tab matches its path exactly unless `prefix` (its sub-pages light it too).
 */
export function SubTabs({ label, tabs }: { label: string; tabs: readonly { to: string; label: string; prefix?: boolean }[] }) {
  return (
    <nav aria-label={label} className="duty-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={!tab.prefix}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

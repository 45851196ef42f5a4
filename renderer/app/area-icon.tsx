import type { AreaId } from './areas';

// Our own 20x20 line icons, one per area (stroke only, so they follow the text colour).
const paths: Record<AreaId, string> = {
  site: 'M3 17V7l7-4 7 4v10M7 17v-5h6v5M2 17h16',
  servers: 'M4 3h12v5H4zM4 12h12v5H4zM7 5.5h.01M7 14.5h.01',
  certificates: 'M4 3h12v10H4zM7 7h6M7 10h4M10 13l-2 4 2-1 2 1-2-4',
  commands: 'M3 4h14v12H3zM6 8l3 2-3 2M10 13h4',
  signoff: 'M5 2h7l4 4v12H5zM8 11l2 2 4-4',
  settings:
    'M10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM10 2v2M10 16v2M2 10h2M16 10h2M4.3 4.3l1.4 1.4M14.3 14.3l1.4 1.4M4.3 15.7l1.4-1.4M14.3 5.7l1.4-1.4',
};

/** The small icon beside an area's name (the only thing shown when the menu is collapsed). */
export function AreaIcon({ area }: { readonly area: AreaId }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[area]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

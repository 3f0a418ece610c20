// The Gazeti mark: a "G" drawn as a stroke, so it needs no font. Also app/icon.svg (favicon).
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="6" fill="#b4232a" />
      <path
        d="M22.5 10.2A8.6 8.6 0 1 0 24.6 17H16.5"
        fill="none"
        stroke="#fff"
        strokeWidth="3.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

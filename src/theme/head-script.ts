// Runs first thing in <body>, before anything paints, so a theme the reader
// picked never flashes the other one. It is inline for that reason, and the
// Content Security Policy allows it by its hash (src/security/csp.ts).
export const themeHeadScript = `try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;

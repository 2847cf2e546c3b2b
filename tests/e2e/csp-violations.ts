// Content Security Policy violations as the page reports them, from before its first script.
import type { Page } from '@playwright/test';

/** Every `securitypolicyviolation` event, in every frame and across navigations, as `<directive> <blocked URI>`. */
export async function recordViolationEvents(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => seen.push(violation));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation(violation: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return seen;
}

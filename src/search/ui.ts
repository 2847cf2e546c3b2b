// The search results list, mounted by the header's search box the first time it
// is focused. Only then does it import Pagefind's pagefind.js from the site's
// bundle (<base>pagefind/), so reading a page fetches nothing of Pagefind.

/** The parts of Pagefind's browser API used here (pagefind.js has no types). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

type PagefindData = Awaited<ReturnType<PagefindResult['data']>>;

const shown = 20;

/** The parts of the header's search form that the results list works with. */
interface SearchParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  status: HTMLElement;
  list: HTMLUListElement;
  selects: HTMLSelectElement[];
}

export async function mountSearch(form: HTMLFormElement): Promise<{ run(): void }> {
  const parts = searchParts(form);
  const pagefind = await loadPagefind(import.meta.env.BASE_URL, parts.selects);
  const run = searchRunner(parts, pagefind);
  listenToSearchForm(parts, run);
  void run();
  return { run: () => void run() };
}

function searchParts(form: HTMLFormElement): SearchParts {
  return {
    form,
    input: form.querySelector('input')!,
    panel: form.querySelector<HTMLElement>('.search-panel')!,
    status: form.querySelector<HTMLElement>('.search-status')!,
    list: form.querySelector<HTMLUListElement>('.search-results')!,
    selects: [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')],
  };
}

// No aria-expanded: a search box may not carry it. The panel's live status announces results instead.
function showPanel(parts: SearchParts, open: boolean): void {
  parts.panel.hidden = !open;
}

/** Pagefind, with the filter menus filled in; undefined where it cannot be loaded (no index yet). */
async function loadPagefind(base: string, selects: HTMLSelectElement[]): Promise<Pagefind | undefined> {
  try {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    fillFilterMenus(selects, await pagefind.filters());
    return pagefind;
  } catch {
    return undefined;
  }
}

function fillFilterMenus(selects: HTMLSelectElement[], filters: Record<string, Record<string, number>>): void {
  for (const select of selects) {
    const values = filters[select.dataset.searchFilter!] ?? {};
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      select.append(new Option(`${value} (${count})`, value));
    }
  }
}

/** Searches for what is in the box; a slow search never overwrites the results of a later one. */
function searchRunner(parts: SearchParts, pagefind: Pagefind | undefined): () => Promise<void> {
  const { input, status, list, selects } = parts;
  let latest = 0;
  return async () => {
    const query = ++latest;
    const term = input.value.trim();
    if (!term) {
      showPanel(parts, false);
      list.replaceChildren();
      return;
    }
    showPanel(parts, true);
    if (!pagefind) {
      status.textContent = 'Search is not available: the index is written by `npm run build`.';
      return;
    }
    const search = await pagefind.search(term, { filters: selectedFilters(selects) });
    if (!search) return;
    const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    if (query !== latest) return;
    status.textContent = resultCount(search.results.length);
    list.replaceChildren(...results.map(resultItem));
  };
}

function selectedFilters(selects: HTMLSelectElement[]): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const select of selects) if (select.value) filters[select.dataset.searchFilter!] = select.value;
  return filters;
}

function resultCount(count: number): string {
  return count === 0 ? 'No notes match.' : `${count} ${count === 1 ? 'note' : 'notes'}${count > shown ? `, first ${shown} shown` : ''}`;
}

function resultItem(result: PagefindData): HTMLLIElement {
  const link = document.createElement('a');
  link.href = result.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.meta.title ?? result.url;
  const day = document.createElement('span');
  day.className = 'search-result-day';
  day.textContent = result.meta.day ?? '';
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(excerptNodes(result.excerpt));
  link.append(title, day, excerpt);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

function listenToSearchForm(parts: SearchParts, run: () => Promise<void>): void {
  const { form, input, selects } = parts;
  input.addEventListener('input', () => void run());
  for (const select of selects) select.addEventListener('change', () => void run());
  form.addEventListener('keydown', (event) => moveThroughResults(parts, event));
  input.addEventListener('focus', () => {
    if (input.value.trim()) showPanel(parts, true);
  });
  // Close the panel when focus or a click leaves the search.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) showPanel(parts, false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) showPanel(parts, false);
  });
}

// Down from the box into the results, up and down between them, Escape back to the box.
function moveThroughResults(parts: SearchParts, event: KeyboardEvent): void {
  const { input, list } = parts;
  const items = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = items.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
    event.preventDefault();
    items[Math.min(at + 1, items.length - 1)]?.focus();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    (at === 0 ? input : items[at - 1]!).focus();
  } else if (event.key === 'Escape') {
    // Focus first: focusing the box opens the panel, which must end up closed.
    input.focus();
    showPanel(parts, false);
  } else if (event.key === 'Enter' && event.target === input && items[0]) {
    event.preventDefault();
    items[0].click();
  }
}

/** Pagefind's excerpt is text with the matches in <mark>; keep only that. */
function excerptNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(node.textContent ?? '');
    }
  }
  return fragment;
}

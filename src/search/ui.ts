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

const shown = 20;

export async function mountSearch(form: HTMLFormElement): Promise<{ run(): void }> {
  const base = import.meta.env.BASE_URL;
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const list = form.querySelector<HTMLUListElement>('.search-results')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];

  // No aria-expanded: a search box may not carry it. The panel's live status announces results instead.
  const show = (open: boolean) => {
    panel.hidden = !open;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  let pagefind: Pagefind | undefined;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    const filters = await pagefind.filters();
    for (const select of selects) {
      const values = filters[select.dataset.searchFilter!] ?? {};
      for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
        select.append(new Option(`${value} (${count})`, value));
      }
    }
  } catch {
    pagefind = undefined;
  }

  let latest = 0;
  const run = async () => {
    const query = ++latest;
    const term = input.value.trim();
    if (!term) {
      show(false);
      list.replaceChildren();
      return;
    }
    show(true);
    if (!pagefind) {
      status.textContent = 'Search is not available: the index is written by `npm run build`.';
      return;
    }
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset.searchFilter!] = select.value;
    const search = await pagefind.search(term, { filters });
    if (!search) return;
    const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    if (query !== latest) return;
    const count = search.results.length;
    status.textContent = count === 0 ? 'No notes match.' : `${count} ${count === 1 ? 'note' : 'notes'}${count > shown ? `, first ${shown} shown` : ''}`;
    list.replaceChildren(
      ...results.map((result) => {
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
      }),
    );
  };

  input.addEventListener('input', () => void run());
  for (const select of selects) select.addEventListener('change', () => void run());
  // Down from the box into the results, up and down between them, Escape back to the box.
  form.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      event.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : items[at - 1]!).focus();
    } else if (event.key === 'Escape') {
      show(false);
      input.focus();
    } else if (event.key === 'Enter' && event.target === input && items[0]) {
      event.preventDefault();
      items[0].click();
    }
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) show(true);
  });
  // Close the panel when focus or a click leaves the search.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) show(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) show(false);
  });

  void run();
  return { run: () => void run() };
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

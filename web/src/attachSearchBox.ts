import type { Client } from '@urql/core';
import { describeError } from './describeError.ts';
import { SearchAuthors } from './graphql/queries.ts';

// Enough to skip a request per keystroke while typing, short enough not to be noticed.
const DEBOUNCE_MS = 200;

/**
 * Makes `input` search authors as the person types (the `search` query:
 * word prefixes, case and diacritics ignored) and lists them in `results`;
 * choosing one (click, or arrows then Enter) calls `onOpen` with its global id.
 *
 * @example attachSearchBox(client, input, results, (id) => openAuthor({ id }));
 */
export function attachSearchBox(client: Client, input: HTMLInputElement, results: HTMLElement, onOpen: (id: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = '';
  const show = (items: HTMLElement[]) => results.replaceChildren(...items);
  const run = async (query: string) => {
    const { data, error } = await client.query(SearchAuthors, { query }).toPromise();
    // A slower answer to an earlier query must not replace a newer one.
    if (query !== latest) return;
    if (error) {
      const item = document.createElement('li');
      item.textContent = describeError(error);
      show([item]);
      return;
    }
    const authors = (data?.search?.edges ?? []).flatMap(({ node }) => (node.__typename === 'Author' ? [node] : []));
    show(
      authors.map((author) => {
        const item = document.createElement('li');
        const choose = document.createElement('button');
        choose.type = 'button';
        choose.textContent = `${author.name} (${author.paperCount})`;
        choose.addEventListener('click', () => {
          show([]);
          input.value = author.name;
          onOpen(author.id);
        });
        item.append(choose);
        return item;
      }),
    );
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    latest = input.value.trim();
    if (latest === '') {
      show([]);
      return;
    }
    timer = setTimeout(() => void run(latest), DEBOUNCE_MS);
  });
  // Arrows walk from the box through the results and back; Escape closes them.
  const buttons = () => [...results.querySelectorAll('button')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    buttons()[0]?.focus();
  });
  results.addEventListener('keydown', (event) => {
    const all = buttons();
    const at = all.indexOf(event.target as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[Math.min(at + 1, all.length - 1)] : all[at - 1];
      (next ?? input).focus();
    } else if (event.key === 'Escape') {
      show([]);
      input.focus();
    }
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector('button')?.click();
  });
}

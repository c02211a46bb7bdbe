/** The page of page.ts as react-dom/server writes it in Node: what a Next.js server sends. */
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { Page, type PageProps } from './page.js';

export function renderPage(props: PageProps): string {
  return renderToString(h(Page, props));
}

import { LitElement, css, html, nothing } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import '../components/coming-soon/coming-soon.ts';

export interface PlannedPageContent {
  summary: string;
  features: string[];
  /** Parts of the page that already work, as links. */
  available?: Array<{ href: string; label: string }>;
}

/**
 * Defines a page whose features are still being built: it states what the page is for and what is
 * coming. Each page module calls this with its own (localized) text, so each stays its own lazy chunk;
 * a page graduates by replacing the call with a real element.
 */
export function definePlannedPage(tagName: string, content: () => PlannedPageContent): void {
  class PlannedPage extends LitElement {
    static override styles = css`
      :host {
        display: block;
      }
      ul {
        margin: 0 0 1rem;
        padding: 0;
        list-style: none;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--wf-target);
        color: var(--wf-accent);
        font-weight: 600;
      }
      a:focus-visible {
        outline: 3px solid var(--wf-focus);
        outline-offset: 2px;
      }
    `;

    constructor() {
      super();
      updateWhenLocaleChanges(this);
    }

    protected override render() {
      const { summary, features, available = [] } = content();
      return html`<wf-coming-soon .summary=${summary} .features=${features}>
        ${available.length
          ? html`<ul>
              ${available.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
            </ul>`
          : nothing}
      </wf-coming-soon>`;
    }
  }
  customElements.define(tagName, PlannedPage);
}

import { LitElement, css, html } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import '../components/coming-soon/coming-soon.ts';

export interface PlannedPageContent {
  summary: string;
  features: string[];
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
    `;

    constructor() {
      super();
      updateWhenLocaleChanges(this);
    }

    protected override render() {
      const { summary, features } = content();
      return html`<wf-coming-soon .summary=${summary} .features=${features}></wf-coming-soon>`;
    }
  }
  customElements.define(tagName, PlannedPage);
}

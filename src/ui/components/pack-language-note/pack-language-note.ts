import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ShownPack } from '../../../app/library/index.ts';
import { getLocale } from '../../../i18n/localization.ts';

/** A language's name in the learner's own language ("inglés" for "en" in Spanish). */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * `<wf-pack-language-note>`: one short line saying that a pack is shown, wholly or in part, in
 * its own language because it has no text in the learner's (an imported pack without a
 * translation). Nothing is shown when the pack speaks the learner's language throughout.
 *
 * @property pack - the pack as opened for the learner (openPack with a locale gives `shownIn`).
 */
export class WfPackLanguageNote extends LitElement {
  static override properties = { pack: { attribute: false } };
  static override styles = css`
    p {
      margin: 0.5rem 0;
      padding: 0.4rem 0.75rem;
      border-left: 4px solid var(--wf-warning, #b36b00);
      background: var(--wf-surface-raised, #f4f4f4);
      font-size: 0.95rem;
    }
  `;

  declare pack: ShownPack | null | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.pack = null;
  }

  protected override render() {
    const shown = this.pack?.shownIn;
    if (!shown || shown.coverage >= 1) return nothing;
    const language = languageName(shown.from);
    return html`<p role="note" data-coverage=${shown.coverage}>${shown.coverage === 0
      ? msg(str`This course has no translation into your language: it is shown in ${language}.`)
      : msg(str`Part of this course is not translated into your language: that part is shown in ${language}.`)}</p>`;
  }
}

customElements.define('wf-pack-language-note', WfPackLanguageNote);

declare global {
  interface HTMLElementTagNameMap {
    'wf-pack-language-note': WfPackLanguageNote;
  }
}

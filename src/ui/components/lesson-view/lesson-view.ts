import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Skill } from '../../../content/schema.ts';
import { renderMarkdown, renderResources, type Assets } from '../../../content/render/markdown.ts';
import { speakMarkdown } from '../../../content/render/read-aloud.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { controlStyles } from '../../styles/controls.ts';
import { packTextStyles } from '../item-view/pack-text.styles.ts';
import '../read-aloud/read-aloud.ts';

/**
 * `<wf-lesson-view>`: a skill's short lesson: the explanation, a worked example, open resources
 * (links that need the internet), and read aloud. Offered before a skill's first item and
 * openable from any of its items.
 *
 * @property skill - the pack Skill whose lesson to show.
 * @property assets - the pack's assets, for images named in the lesson's Markdown.
 * @property packLang - the pack's language, for read aloud.
 * @property doneLabel - the text of the button that closes the lesson.
 * @fires wf-lesson-done - CustomEvent<void> when the learner closes the lesson.
 */
export class WfLessonView extends LitElement {
  static override properties = {
    skill: { attribute: false },
    assets: { attribute: false },
    packLang: { attribute: false },
    doneLabel: { attribute: false },
  };
  static override styles = [
    controlStyles,
    packTextStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 0 0 0.5rem;
        font-size: 1.15rem;
      }
      h4 {
        margin: 1rem 0 0.25rem;
      }
      .example {
        padding: 0.5rem 1rem;
        border-left: 4px solid var(--wf-accent);
        background: var(--wf-surface-raised);
        border-radius: 0 var(--wf-radius) var(--wf-radius) 0;
      }
      .note {
        color: var(--wf-text-muted);
        font-size: 0.9rem;
      }
      .done:focus-visible,
      h3:focus-visible {
        outline: 3px solid var(--wf-focus);
        outline-offset: 2px;
      }
    `,
  ];

  declare skill: Skill | null;
  declare assets: Assets;
  declare packLang: string;
  declare doneLabel: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.skill = null;
    this.assets = undefined;
    this.packLang = '';
    this.doneLabel = '';
  }

  /** Puts focus on the lesson's title, so a screen reader starts there. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  protected override render() {
    const skill = this.skill;
    if (!skill) return nothing;
    const { lesson } = skill;
    const name = skill.l10n?.[getLocale()]?.name ?? skill.name;
    const lang = this.packLang || 'en';
    const spoken = lesson.readAloud ?? `${speakMarkdown(lesson.explanation, lang)} ${msg('Worked example.')} ${speakMarkdown(lesson.workedExample, lang)}`;
    return html`<article aria-labelledby="lesson-title">
      <h3 id="lesson-title" tabindex="-1">${msg(str`Lesson: ${name}`)}</h3>
      <wf-read-aloud .text=${spoken} voice-lang=${this.packLang}></wf-read-aloud>
      <div class="pack-text">${unsafeHTML(renderMarkdown(lesson.explanation, this.assets))}</div>
      <h4>${msg('Worked example')}</h4>
      <div class="example pack-text">${unsafeHTML(renderMarkdown(lesson.workedExample, this.assets))}</div>
      ${lesson.resources?.length
        ? html`<h4>${msg('To read more')}</h4>
            <p class="note">${msg('These links open other websites and need the internet.')}</p>
            <div class="pack-text">${unsafeHTML(renderResources(lesson.resources))}</div>`
        : nothing}
      <p>
        <button type="button" class="primary done" @click=${() => this.dispatchEvent(new CustomEvent('wf-lesson-done', { bubbles: true, composed: true }))}>
          ${this.doneLabel || msg('Start practising')}
        </button>
      </p>
    </article>`;
  }
}

if (!customElements.get('wf-lesson-view')) customElements.define('wf-lesson-view', WfLessonView);

declare global {
  interface HTMLElementTagNameMap {
    'wf-lesson-view': WfLessonView;
  }
}

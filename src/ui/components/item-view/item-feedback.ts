/** Feedback, hints and the worked solution under an item, as render functions. */
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str } from '@lit/localize';
import type { Item } from '../../../content/schema.ts';
import type { LearnerResponse } from '../../../content/items/check.ts';
import { renderInline, renderMarkdown, type Assets } from '../../../content/render/markdown.ts';
import type { MasteryLevel } from '../../../data/records.ts';
import { getLocale } from '../../../i18n/localization.ts';
import { formatPercent } from '../../../i18n/format.ts';
import type { LevelChange, NextLevelNeeds } from '../../../app/practice/index.ts';
import { masteryLabel } from '../mastery-badge/mastery-level.ts';
import '../mastery-badge/mastery-badge.ts';

/** What the view shows after an answer was stored (a subset of the session's AnswerOutcome). */
export interface ItemFeedback {
  correct: boolean;
  feedback: string | null;
  misconception: boolean;
  expected: LearnerResponse | null;
  solution: string;
  previousLevel: MasteryLevel;
  level: MasteryLevel;
  /** What the answer did to the level (the practice feature's LevelChange). */
  change?: LevelChange;
  /** The level still rests on placement. */
  placed?: boolean;
  /** After a correct answer that left the level as it was: what the next level still needs. */
  needs?: NextLevelNeeds | null;
}

export interface ItemHelp {
  hints: readonly string[];
  solution: string | null;
  more: boolean;
}

const md = (text: string, assets: Assets) => html`<div class="pack-text">${unsafeHTML(renderMarkdown(text, assets))}</div>`;

export function renderHelp(help: ItemHelp, assets: Assets) {
  if (help.hints.length === 0 && !help.solution) return nothing;
  return html`<div class="help">
    ${help.hints.length
      ? html`<h3>${msg('Hints')}</h3>
          <ol class="hints">
            ${help.hints.map((hint) => html`<li>${md(hint, assets)}</li>`)}
          </ol>`
      : nothing}
    ${help.solution ? html`<h3>${msg('Worked solution')}</h3>${md(help.solution, assets)}` : nothing}
  </div>`;
}

export function renderFeedback(item: Item, feedback: ItemFeedback, assets: Assets, skillName: string) {
  const expected = feedback.expected === null ? null : expectedText(item, feedback.expected, assets);
  return html`<div class="feedback ${feedback.correct ? 'right' : 'wrong'}">
    <p class="verdict">
      <span aria-hidden="true">${feedback.correct ? '✔' : '✘'}</span>
      ${feedback.correct ? msg('Correct!') : msg('Not quite.')}
    </p>
    ${feedback.feedback ? html`<div class=${feedback.misconception ? 'misconception' : 'note'}>${md(feedback.feedback, assets)}</div>` : nothing}
    ${expected ? html`<p>${msg('The answer:')} <span class="pack-text">${expected}</span></p>` : nothing}
    ${feedback.correct ? nothing : html`<h3>${msg('Worked solution')}</h3>${md(feedback.solution, assets)}`}
    <p class="level">
      ${skillName}: <wf-mastery-badge level=${feedback.level} ?placed=${feedback.placed ?? false}></wf-mastery-badge>
      ${levelChange(feedback)}
    </p>
  </div>`;
}

/**
 * What actually changed, in words: the session says why a level moved (mastery.ts LevelChange),
 * so a wrong answer is never told it went up, and a fall names the failed check behind it.
 */
function levelChange(feedback: ItemFeedback) {
  const change = feedback.change ?? (feedback.previousLevel === feedback.level ? 'none' : 'up');
  const words: Record<LevelChange, string | null> = {
    none: feedback.correct ? stillNeeded(feedback.needs ?? null) : msg('(level unchanged)'),
    started: msg('(started)'),
    up: feedback.correct ? msg('(up a level)') : null,
    'review-failed': msg('(down a level: this check was missed; it will come back for review)'),
    'placement-not-confirmed': msg('(down a level: practice did not confirm the placement check)'),
    'placement-confirmed': msg('(confirmed by practice)'),
  };
  const text = words[change];
  return text === null ? nothing : html`<span class="change">${text}</span>`;
}

/** From this many right answers in a row, a short estimate is worded as the model being slow to be sure. */
const LONG_RUN = 6;

/** A correct answer that left the level where it was: what the next level still asks for. */
function stillNeeded(needs: NextLevelNeeds | null): string {
  if (!needs) return msg('(level unchanged: more evidence needed)');
  const mastered = masteryLabel('mastered');
  // Rounded down, so an estimate just under the line never reads as equal to it.
  const percent = (value: number) => formatPercent(Math.floor(value * 100 + 1e-9) / 100);
  switch (needs.kind) {
    case 'right-in-a-row':
      return needs.count === 1
        ? msg(str`(level unchanged: ${masteryLabel(needs.level)} needs one more right answer in a row)`)
        : msg(str`(level unchanged: ${masteryLabel(needs.level)} needs ${needs.count} more right answers in a row)`);
    case 'another-item':
      return msg(str`(level unchanged: ${masteryLabel(needs.level)} needs a right answer on a different item)`);
    case 'without-hints':
      return msg(str`(level unchanged: ${mastered} needs a right answer without hints)`);
    case 'estimate':
      // A long run with the estimate still short: say the run counts, not "a few more" again.
      return needs.streak >= LONG_RUN
        ? msg(str`(level unchanged: ${needs.streak} right answers in a row; the learning model, slower to be sure on this skill, puts your chance at ${percent(needs.estimate)}; ${mastered} needs ${percent(needs.line)}, or ${needs.runWithoutEstimate} right answers in a row)`)
        : msg(str`(level unchanged: the learning model puts your chance at ${percent(needs.estimate)}; ${mastered} needs ${percent(needs.line)}, so a few more right answers)`);
    case 'another-session':
      return msg(str`(level unchanged: ${mastered} needs a right answer in another session)`);
  }
}

function expectedText(item: Item, expected: LearnerResponse, assets: Assets) {
  if (item.type === 'multiple-choice' || item.type === 'ordering') {
    const entries = item.type === 'multiple-choice' ? item.choices : item.entries;
    const ids = typeof expected === 'string' ? [expected] : expected;
    const texts = ids.map((id) => entries.find((entry) => entry.id === id)?.text ?? id);
    return unsafeHTML(texts.map((text) => renderInline(text, assets)).join(item.type === 'ordering' ? ' → ' : '; '));
  }
  if (item.type === 'numeric') {
    // In the learner's number format: 0,5 for a Spanish learner.
    const number = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 10 }).format(item.answer);
    return `${number}${item.unit ? ` ${item.unit}` : ''}`;
  }
  return html`<code>${expected}</code>`;
}

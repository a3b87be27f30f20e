import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { DEFAULT_ESTIMATE_LINE, MASTERY_RULE, type MasteryRule } from '../../app/practice/index.ts';
import { TARGET_RETENTION } from '../../app/practice/index.ts';
import { DEFAULT_PLACEMENT_OPTIONS } from '../../app/placement/index.ts';
import type { MasteryLevel } from '../../data/records.ts';
import { formatPercent } from '../../i18n/format.ts';
import { cardStyles } from '../styles/cards.ts';
import { controlStyles } from '../styles/controls.ts';
import '../components/mastery-badge/mastery-badge.ts';

// In the learner's number format: "86 %" in Spanish.
const percent = (p: number) => formatPercent(p);

/** "one correct answer" or "N correct answers", for the rule sentences. */
function correctAnswers(count: number): string {
  return count === 1 ? msg('one correct answer') : msg(str`${count} correct answers`);
}

/** Each level's rule in words, built from the rule's numbers so the help cannot drift from the code. */
export function masteryRuleText(rule: MasteryRule = MASTERY_RULE): { level: MasteryLevel; text: string }[] {
  const { familiar, proficient, mastered } = rule;
  return [
    { level: 'not-started', text: msg('You have not answered anything on this skill yet.') },
    { level: 'practising', text: msg('You have answered at least one item on this skill.') },
    { level: 'familiar', text: msg(str`You have at least ${correctAnswers(familiar.minCorrect)}.`) },
    {
      level: 'proficient',
      text: msg(str`You have at least ${correctAnswers(proficient.minCorrect)} on at least ${proficient.minDistinctItems} different items, and your latest ${proficient.minStreak} answers were correct. After the placement check a skill can also be "Proficient (from placement)": practice confirms it, and a wrong first answer takes it back one level.`),
    },
    {
      level: 'mastered',
      text: msg(str`You have at least ${correctAnswers(mastered.minCorrect)} on at least ${mastered.minDistinctItems} different items, in at least ${mastered.minSessions} practice sessions; your latest ${mastered.minStreak} answers were correct, the latest without hints; and, after one of your correct answers since your last wrong answer on the skill, the learning model's estimate was at least ${percent(mastered.targetEstimate)}, or a little under the highest estimate the model can give on that skill when that is lower (${percent(DEFAULT_ESTIMATE_LINE)} when the model does not say). Instead of the estimate, ${mastered.runWithoutEstimate} correct answers in a row on the skill also do: the model advises, your answers decide. The placement check never marks a skill mastered.`),
    },
  ];
}

/**
 * `<wf-help-page>` (/help): how Wayfind decides mastery levels (rendered from MASTERY_RULE),
 * how hints, reviews and the placement check work, and what stays private.
 */
export class WfHelpPage extends LitElement {
  static override styles = [
    controlStyles,
    cardStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      dl.levels {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.75rem 1rem;
        align-items: start;
      }
      dl.levels dd {
        margin: 0;
      }
      li + li {
        margin-top: 0.35rem;
      }
    `,
  ];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const retention = percent(TARGET_RETENTION);
    const { maxQuestions, confidence } = DEFAULT_PLACEMENT_OPTIONS;
    return html`<section aria-labelledby="levels-heading">
        <h2 id="levels-heading">${msg('How your level in a skill is decided')}</h2>
        <p>${msg('Every skill has one of five levels. Each level is shown with its own shape and its name, not only a colour. A level comes from your answers; the learning model only has to agree before a skill is mastered:')}</p>
        <dl class="levels">
          ${masteryRuleText().map(
            ({ level, text }) => html`<dt><wf-mastery-badge level=${level}></wf-mastery-badge></dt>
              <dd>${text}</dd>`,
          )}
        </dl>
        <p>${msg('The model chooses what you practise next and estimates your chances; what you are told you mastered, and what a credential says, rests on answers you gave. A level rises only after a correct answer and never falls after one.')}</p>
      </section>
      <section aria-labelledby="hints-heading">
        <h2 id="hints-heading">${msg('Hints')}</h2>
        <p>${msg('Hints are there to help you learn, and using them is recorded. An answer given with hints counts as weaker evidence: a skill becomes mastered only when your latest answer on it was correct without hints, and a review answered with hints is graded "hard", so it comes back sooner.')}</p>
      </section>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">${msg('Reviews and falling back a level')}</h2>
        <ul>
          <li>${msg(str`Every mastered skill gets a review card. Reviews are scheduled with the FSRS method (the ts-fsrs library) for the moment when you are predicted to still remember the skill with a ${retention} chance.`)}</li>
          <li>${msg('A correct review without hints is graded "good", a correct one with hints "hard", and a wrong one "again". Due reviews are mixed into your practice, and the Today page shows how many are due.')}</li>
          <li>${msg('A mastered skill stays mastered between reviews, even when the prediction dips. A failed review, or a wrong answer on a mastered skill, moves it back one level, to proficient, and the feedback says so; practice brings it back.')}</li>
          <li>${msg('Otherwise a wrong answer never lowers a level: it simply does not add evidence.')}</li>
        </ul>
      </section>
      <section aria-labelledby="placement-heading">
        <h2 id="placement-heading">${msg('The placement check')}</h2>
        <p>${msg(str`The placement check finds what you already know. Knowing a skill implies knowing what it builds on, and missing one suggests you have not yet mastered the skills that build on it, so each question is the one that tells the most. It stops when it is ${percent(confidence)} sure of its result, or after ${maxQuestions} questions at most. There is no score and no feedback during the check, and you can skip it and start from the beginning.`)}</p>
        <p>${msg('Where a skill has them, the check asks questions you answer by typing (a number, a fraction, a word), so a lucky guess does not count as knowing the skill.')}</p>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">${msg('Privacy')}</h2>
        <ul>
          <li>${msg('Everything you do in Wayfind is stored only in this browser, on this device. There is no account and no server, and the learning model runs on the device too.')}</li>
          <li>${msg('A profile holds only a name or nickname, an avatar, an age band and a language.')}</li>
          <li>${msg('Backups are files you save yourself, optionally protected with a passphrase. You can see what is stored, and delete a learner or everything, in Settings.')}</li>
        </ul>
        <p><a href="/settings">${msg('Open Settings')}</a></p>
      </section>`;
  }
}

customElements.define('wf-help-page', WfHelpPage);

declare global {
  interface HTMLElementTagNameMap {
    'wf-help-page': WfHelpPage;
  }
}

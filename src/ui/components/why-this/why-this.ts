import { LitElement, css, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { WhyThis } from '../../../app/practice/index.ts';
import { formatNumber, formatPercent } from '../../../i18n/format.ts';

/**
 * `<wf-why-this>`: a "Why this?" disclosure under an item that explains, in plain words, why the
 * tutor chose it, from the same numbers the policy used (tutor-policy.ts WhyThis).
 *
 * @property why - the policy's WhyThis for the item on screen.
 * @property skillName - the name of the item's skill.
 * @property names - skill id -> name, for goals and the runner-up.
 * No events, no slots.
 */
export class WfWhyThis extends LitElement {
  static override properties = {
    why: { attribute: false },
    skillName: { attribute: false },
    names: { attribute: false },
  };
  static override styles = css`
    :host {
      display: block;
      margin-top: 1rem;
    }
    /* details/summary give assistive technology the expanded/collapsed state; the chevron
       shows it (a flex summary loses the browser's own marker). */
    summary {
      cursor: pointer;
      min-height: var(--wf-target);
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      color: var(--wf-accent);
      font-weight: 600;
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .chevron {
      width: 1rem;
      height: 1rem;
      fill: currentColor;
      flex: none;
    }
    details[open] .chevron {
      transform: rotate(90deg);
    }
    @media (prefers-reduced-motion: no-preference) {
      .chevron {
        transition: transform var(--wf-transition, 0.15s);
      }
    }
    summary:focus-visible {
      outline: 3px solid var(--wf-focus);
      outline-offset: 2px;
    }
    p {
      margin: 0.25rem 0 0.5rem;
    }
  `;

  declare why: WhyThis | null;
  declare skillName: string;
  declare names: ReadonlyMap<string, string>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.why = null;
    this.skillName = '';
    this.names = new Map();
  }

  protected override render() {
    if (!this.why) return nothing;
    return html`<details>
      <summary
        ><svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 2.5l6 5.5-6 5.5z"></path></svg
        >${msg('Why this?')}</summary
      >
      ${explain(this.why, this.skillName, this.names).map((line) => html`<p>${line}</p>`)}
    </details>`;
  }
}

const percent = (value: number) => formatPercent(value);

/** The explanation as sentences (exported for tests). */
export function explain(why: WhyThis, skill: string, names: ReadonlyMap<string, string>): string[] {
  const chance = percent(why.predicted);
  const predicted = msg(str`The learning model predicts a ${chance} chance that you answer it correctly.`);
  if (why.kind === 'learner-choice') {
    return [
      msg(str`You chose ${skill} yourself.`),
      predicted,
      ...(why.prerequisitesMastered ? [] : [msg('Some skills it builds on are not mastered yet, so it may feel hard. The lesson can help.')]),
    ];
  }
  if (why.kind === 'review') {
    const left = why.dueReviewsLeft;
    return [
      msg(str`This is a review of ${skill}, which you mastered before. Practising it again just as you might start to forget makes it stick.`),
      predicted,
      ...(left === 0 ? [] : [left === 1 ? msg('1 more review is due.') : msg(str`${left} more reviews are due.`)]),
    ];
  }
  if (why.score.gain !== null) return explainGain(why, skill, names, predicted);
  const [low, high] = why.targetBand;
  const lines = [predicted];
  const from = percent(low);
  const to = percent(high);
  if (why.inBand) lines.push(msg(str`That is the sweet spot (${from} to ${to}): hard enough to learn from, easy enough to keep going.`));
  else if (why.predicted < low) lines.push(msg('It may be a stretch, but it is the best next step among the skills you are ready for.'));
  else lines.push(msg('It should feel fairly easy: a good way to make it solid.'));
  lines.push(...goalLine(why, names));
  lines.push(...unlockLine(why));
  const candidates = why.candidates;
  if (why.score.variety === 1 && candidates > 1) lines.push(msg('It also mixes skills up: switching between kinds of problem helps you tell them apart.'));
  lines.push(
    candidates === 1
      ? msg(str`${skill} is the only skill you are ready for right now.`)
      : msg(str`You are ready for ${candidates} skills (the skills they build on are mastered); ${skill} fits best.`),
  );
  lines.push(...runnerUpLine(why, names));
  return lines;
}

type PracticeWhy = Extract<WhyThis, { kind: 'practice' }>;

function goalLine(why: PracticeWhy, names: ReadonlyMap<string, string>): string[] {
  const goalCount = why.towardGoals.length;
  if (goalCount > 3) return [msg(str`It brings you closer to ${goalCount} skills of your goal.`)];
  if (goalCount === 0) return [];
  const goals = why.towardGoals.map((id) => names.get(id) ?? id).join(', ');
  return [msg(str`It brings you closer to your goal: ${goals}.`)];
}

function runnerUpLine(why: PracticeWhy, names: ReadonlyMap<string, string>): string[] {
  if (!why.runnerUp) return [];
  const other = names.get(why.runnerUp.skillId) ?? why.runnerUp.skillId;
  const otherChance = percent(why.runnerUp.predicted);
  return [msg(str`Next in line: ${other} (${otherChance} predicted).`)];
}

function unlockLine(why: PracticeWhy): string[] {
  const unlocks = why.score.unlocks;
  if (unlocks === 1) return [msg('Another skill on the way to your goal builds on it.')];
  if (unlocks > 1) return [msg(str`${unlocks} skills on the way to your goal build on it, so it opens the way to them.`)];
  return [];
}

/** A choice by goal gain (tutor-policy.ts with goal-gain.ts): what one answer is expected to do, and the spread of practice. */
function explainGain(why: PracticeWhy, skill: string, names: ReadonlyMap<string, string>, predicted: string): string[] {
  const lines = [predicted, ...goalLine(why, names)];
  const gain = why.score.gain ?? 0;
  const points = formatNumber(Math.abs(gain) * 100, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const forGoal = why.gainFor !== 'map';
  if (gain > 0) {
    lines.push(
      forGoal
        ? msg(str`After one answer on it, the learning model expects its estimate for your goal to rise by ${points} percentage points.`)
        : msg(str`After one answer on it, the learning model expects its estimate for the skills you have not mastered yet to rise by ${points} percentage points.`),
    );
  } else {
    lines.push(msg('The learning model does not expect one answer on it to raise its estimates much.'));
  }
  lines.push(...unlockLine(why));
  const other = why.runnerUp;
  if (other && other.gain !== null && other.gain > gain && other.answers > why.score.answers) {
    const otherName = names.get(other.skillId) ?? other.skillId;
    const mine = why.score.answers;
    const theirs = other.answers;
    lines.push(msg(str`You have answered ${mine} items on it and ${theirs} on ${otherName}: when two skills help about as much, the one practised less comes first, so practice stays spread out.`));
  }
  const candidates = why.candidates;
  lines.push(
    candidates === 1
      ? msg(str`${skill} is the only skill you are ready for right now.`)
      : msg(str`You are ready for ${candidates} skills (the skills they build on are at least proficient); ${skill} comes first.`),
  );
  lines.push(...runnerUpLine(why, names));
  return lines;
}

if (!customElements.get('wf-why-this')) customElements.define('wf-why-this', WfWhyThis);

declare global {
  interface HTMLElementTagNameMap {
    'wf-why-this': WfWhyThis;
  }
}

import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { LearnerAlert } from '../../../app/coach/index.ts';
import type { RiskAction, RiskAlert } from '../../../app/coach/index.ts';
import { riskAlertListStyles } from './risk-alert-list.styles.ts';
import { formatNumber } from '../../../i18n/format.ts';

export interface ActForLearnerDetail {
  learnerId: string;
  /** Where to go once that learner's profile is the current one (path and query). */
  href: string;
}

type SkillName = (skillId: string) => string;
const percent = (share: number | null) => (share === null ? '?' : String(Math.round(share * 100)));

export function alertKindLabel(alert: RiskAlert): string {
  switch (alert.kind) {
    case 'stuck':
      return msg('Stuck');
    case 'sliding':
      return msg('Sliding');
    case 'racing':
      return msg('Racing');
    case 'inactive':
      return msg('Inactive');
  }
}

/** The reason in words, with the evidence as numbers. */
export function alertReason(name: string, alert: RiskAlert, skillName: SkillName): string {
  switch (alert.kind) {
    case 'stuck': {
      const skill = skillName(alert.skillId);
      return msg(str`${name} is stuck on ${skill}: ${alert.evidence.failuresInARow} wrong answers in a row.`);
    }
    case 'sliding': {
      const skill = skillName(alert.skillId);
      const { estimateFrom, estimateTo, failedReviews, reviews } = alert.evidence;
      const parts: string[] = [];
      if (estimateFrom !== null && estimateTo !== null && estimateTo < estimateFrom) {
        parts.push(msg(str`the chance of a right answer fell from ${percent(estimateFrom)}% to ${percent(estimateTo)}%`));
      }
      if (failedReviews > 0) parts.push(msg(str`${failedReviews} of ${reviews} reviews failed`));
      return msg(str`${name} is sliding on ${skill}: ${parts.join('; ')}.`);
    }
    case 'racing': {
      const { answers, fastShare, hintShare, wrongShare, medianSeconds } = alert.evidence;
      return msg(
        str`${name} is racing: ${percent(fastShare)}% of the last ${answers} answers were very fast (half took under ${formatNumber(medianSeconds, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s), ${percent(hintShare)}% used hints and ${percent(wrongShare)}% were wrong.`,
      );
    }
    case 'inactive':
      return alert.evidence.lastPracticeDay === null
        ? msg(str`${name} has not practised in the ${alert.evidence.daysSincePractice} days since the profile was made.`)
        : msg(str`${name} has not practised for ${alert.evidence.daysSincePractice} days (last on ${alert.evidence.lastPracticeDay}).`);
  }
}

/** What to do, in words, and where to do it (a path in the app, or null for a conversation). */
export function alertAction(name: string, action: RiskAction, skillName: SkillName): { text: string; href: string | null; link: string } {
  switch (action.kind) {
    case 'assign-review': {
      const skill = skillName(action.skillId);
      return {
        text: msg(str`Review ${skill} together first: it is what the next skill builds on.`),
        href: `/practice?skill=${encodeURIComponent(action.skillId)}`,
        link: msg(str`Practise ${skill} as ${name}`),
      };
    }
    case 'sit-together': {
      const skill = skillName(action.skillId);
      return {
        text: msg(str`Sit together on ${skill}: work a few items side by side and talk through the hints.`),
        href: `/practice?skill=${encodeURIComponent(action.skillId)}`,
        link: msg(str`Open ${skill} in Practice as ${name}`),
      };
    }
    case 'check-in':
      return {
        text: msg(str`Check in with ${name}: agree on a short daily goal.`),
        href: '/goals',
        link: msg(str`Open ${name}'s goals`),
      };
    case 'slow-down':
      return {
        text: msg(str`Talk with ${name} about slowing down: read each question fully and try before asking for a hint.`),
        href: null,
        link: '',
      };
  }
}

/**
 * `<wf-risk-alert-list>`: the household's at-risk alerts, each with its reason in words and what
 * to do. Action links go to a page as the alerted learner: the list asks its host to switch
 * profile first (the event), since every page shows the current learner.
 *
 * @property alerts - LearnerAlert[] from the coach report.
 * @property skillName - skill id -> the skill's name (defaults to the id).
 * @fires wf-act-for-learner - CustomEvent<ActForLearnerDetail> when an action link is followed;
 *   the host switches to that learner and then navigates to `href`.
 */
export class WfRiskAlertList extends LitElement {
  static override properties = {
    alerts: { attribute: false },
    skillName: { attribute: false },
  };
  static override styles = riskAlertListStyles;

  declare alerts: readonly LearnerAlert[];
  declare skillName: SkillName;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.alerts = [];
    this.skillName = (id) => id;
  }

  protected override render() {
    if (this.alerts.length === 0) return html`<p>${msg('No alerts: nobody seems stuck, sliding, racing or away.')}</p>`;
    return html`<ul>
      ${this.alerts.map(({ learnerId, displayName, alert }) => {
        const action = alertAction(displayName, alert.action, this.skillName);
        return html`<li data-kind=${alert.kind} data-learner=${learnerId}>
          <span class="kind">${alertKindLabel(alert)}</span>
          <p>${alertReason(displayName, alert, this.skillName)}</p>
          <p>${action.text}</p>
          ${action.href
            ? html`<a href=${action.href} @click=${(event: MouseEvent) => this.#follow(event, learnerId, action.href as string)}>${action.link}</a>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  #follow(event: MouseEvent, learnerId: string, href: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.dispatchEvent(new CustomEvent<ActForLearnerDetail>('wf-act-for-learner', { detail: { learnerId, href }, bubbles: true, composed: true }));
  }
}

customElements.define('wf-risk-alert-list', WfRiskAlertList);

declare global {
  interface HTMLElementTagNameMap {
    'wf-risk-alert-list': WfRiskAlertList;
  }
  interface HTMLElementEventMap {
    'wf-act-for-learner': CustomEvent<ActForLearnerDetail>;
  }
}

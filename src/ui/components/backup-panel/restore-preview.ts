import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ChangeCounts, LearnerChanges, RestorePreview } from '../../../app/shell/index.ts';
import type { TableName } from '../../../data/schema.ts';
import { tableLabel } from '../stored-data/table-labels.ts';

function changeText(counts: ChangeCounts): string {
  const parts: string[] = [];
  if (counts.added) parts.push(msg(str`${counts.added} added`));
  if (counts.overwritten) parts.push(msg(str`${counts.overwritten} updated`));
  if (counts.removed) parts.push(msg(str`${counts.removed} removed`));
  return parts.join(', ');
}

function profileText(learner: LearnerChanges): string {
  switch (learner.profile) {
    case 'added':
      return msg(str`${learner.displayName} (new on this device)`);
    case 'overwritten':
      return msg(str`${learner.displayName} (already on this device)`);
    case 'removed':
      return msg(str`${learner.displayName} (will be removed)`);
    case 'kept':
      return learner.displayName;
  }
}

function rows(entries: [string, ChangeCounts][]) {
  const changed = entries.filter(([, counts]) => counts.added + counts.overwritten + counts.removed > 0);
  if (changed.length === 0) return html`<p>${msg('No changes.')}</p>`;
  return html`<ul>
    ${changed.map(([table, counts]) => html`<li>${tableLabel(table as TableName)}: ${changeText(counts)}</li>`)}
  </ul>`;
}

/** The restore preview as lists per learner and for the household. */
export function renderPreview(preview: RestorePreview) {
  const household = Object.entries(preview.household) as [string, ChangeCounts][];
  return html`${preview.learners.map(
      (learner) => html`<h4>${profileText(learner)}</h4>
        ${rows(Object.entries(learner.tables) as [string, ChangeCounts][])}`,
    )}
    ${household.some(([, counts]) => counts.added + counts.overwritten + counts.removed > 0)
      ? html`<h4>${msg('Shared by the household')}</h4>
          ${rows(household)}`
      : nothing}`;
}

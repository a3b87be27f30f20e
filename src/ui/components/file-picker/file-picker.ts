import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';

/**
 * A file picker that looks like the app's buttons and shows the chosen file's name in the app's
 * language (the browser's own "Choose File / No file chosen" follows the browser's language and
 * ignores the theme).
 *
 * It is a template, not an element: the real `<input type="file">` stays in the caller's shadow
 * root with its id, name and label, so forms, FormData and `input.files` work as before. The input
 * lies transparent over the picker, so a click anywhere on it opens the browser's file chooser,
 * and it keeps keyboard focus and its accessible name (from the caller's `<label for>`).
 * Callers add `filePickerStyles` to their styles.
 */
export interface FilePickerOptions {
  id: string;
  accept?: string;
  name?: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string;
  onChange?: (event: Event) => void;
}

export function filePicker(options: FilePickerOptions): TemplateResult {
  const chosen = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const shown = input.parentElement?.querySelector('.file-name');
    if (shown) shown.textContent = chosenText(input.files);
    options.onChange?.(event);
  };
  return html`<span class="file-picker">
    <input
      id=${options.id}
      type="file"
      name=${ifDefined(options.name)}
      accept=${ifDefined(options.accept)}
      aria-describedby=${ifDefined(options.describedBy)}
      ?multiple=${options.multiple ?? false}
      ?disabled=${options.disabled ?? false}
      @change=${chosen}
    />
    <span class="file-button" aria-hidden="true">${options.multiple ? msg('Choose files') : msg('Choose a file')}</span>
    <span class="file-name" aria-hidden="true" data-empty=${msg('No file chosen')}></span>
  </span>`;
}

function chosenText(files: FileList | null): string {
  if (!files || files.length === 0) return '';
  if (files.length === 1) return files[0]!.name;
  return msg(str`${files.length} files chosen`);
}

export const filePickerStyles = css`
  .file-picker {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    max-width: 100%;
  }
  .file-picker input[type='file'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    min-height: var(--wf-target);
    padding: 0 1rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface);
    color: var(--wf-text);
    font-weight: 600;
    white-space: nowrap;
  }
  .file-picker:hover .file-button {
    background: var(--wf-surface-raised);
  }
  .file-picker:has(input:focus-visible) .file-button {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }
  .file-picker:has(input:disabled) {
    opacity: 0.6;
  }
  .file-picker:has(input:disabled) input {
    cursor: not-allowed;
  }
  .file-name {
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--wf-text);
  }
  .file-name:empty::before {
    content: attr(data-empty);
    color: var(--wf-text-muted);
  }
`;

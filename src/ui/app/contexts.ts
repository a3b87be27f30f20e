import { createContext } from '@lit/context';
import type { PreferencesService } from '../../app/shell/index.ts';
import type { AppUpdater } from '../../app/shell/index.ts';
import type { AnswerGuard } from '../../app/shell/index.ts';
import type { HouseholdService } from '../../app/coach/index.ts';

/** Theme, motion and language, with `update()` to change them (provided by <wf-app>). */
export const preferencesContext = createContext<PreferencesService>(Symbol('wf-preferences'));

/** Service-worker registration and updates the learner agrees to (provided by <wf-app>). */
export const appUpdaterContext = createContext<AppUpdater>(Symbol('wf-app-updater'));

/** Marks answers in progress so nothing disruptive (like an update reload) interrupts them. */
export const answerGuardContext = createContext<AnswerGuard>(Symbol('wf-answer-guard'));

/** The household: its learners, who is using the app now, and coach mode (provided by <wf-app>). */
export const householdContext = createContext<HouseholdService>(Symbol('wf-household'));

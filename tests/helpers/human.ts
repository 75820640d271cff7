/**
 * The CMS tests go at a person's pace: typing the title while the form is still settling,
 * pausing before the next field, choosing a word in the input method's list. Tests that went
 * faster missed real bugs (a slug that filled in only when the title was typed at once). Every
 * pause is here, as a part of one setting, LINLI_HUMAN_PACE (1: the pace measured; 2: twice as slow).
 */
import type { Page } from '@playwright/test';

const PACE = Number(process.env.LINLI_HUMAN_PACE ?? 1);

/** How long a person takes, in milliseconds at pace 1. */
const TAKES = {
  /** Deciding what to do next: the next field, the next button. */
  think: 1200,
  /** Reading a notice or a list before acting on it. */
  read: 1500,
  /** Finding the place to type after a click. */
  look: 600,
  /** A glance at what just changed. */
  glance: 500,
  /** One key of a word being typed. */
  key: 70,
  /** Choosing the word in the input method's candidate list. */
  choose: 250,
  /** The moment after a word is entered. */
  settle: 150,
} as const;

export type Pause = keyof typeof TAKES;

/** Waits as long as a person would before their next step. */
export const pause = (page: Page, what: Pause = 'think') => page.waitForTimeout(TAKES[what] * PACE);

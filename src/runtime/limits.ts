/**
 * How much a run may send the page. Reader code is untrusted: these bounds keep
 * a snippet (or a share link) from freezing the page by drawing or logging.
 * The worker host respects them, and the page enforces them again on every
 * message it receives (message-check.ts, figure-guard.ts).
 * @module
 */

/** Distinct figure ids one run may draw; later ids are ignored with a notice. */
export const MAX_FIGURES_PER_RUN = 24;
/** Traces per figure. */
export const MAX_TRACES_PER_FIGURE = 60;
/** Points per trace array (x, y, text, …); longer arrays are thinned evenly, with a notice. */
export const MAX_POINTS_PER_TRACE = 20_000;
/** Cells of a trace's 2-D grid (heatmap, contour, surface z); a larger grid is thinned, with a notice. */
export const MAX_GRID_CELLS = 250_000;
/** Characters of any one string a figure carries (titles, names, hover text). */
export const MAX_TEXT_CHARS = 2_000;
/** Console lines kept per run; a loop that logs every step must not flood the page. */
export const MAX_LOG_LINES = 1_000;
/** Characters of one console line. */
export const MAX_LOG_LINE_CHARS = 4_000;
/** Knobs one run may declare. */
export const MAX_KNOBS = 40;
/** Options of one choice knob. */
export const MAX_CHOICES = 50;
/** Characters of a knob's name, label or choice. */
export const MAX_KNOB_TEXT = 200;
/** Steps a timeline knob may have (each is a re-run away, so more would only be slower to scrub). */
export const MAX_TIMELINE_STEPS = 10_000;
/** Characters of an error message shown in the status line. */
export const MAX_ERROR_CHARS = 4_000;

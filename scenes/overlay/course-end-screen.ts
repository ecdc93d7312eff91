import type { Locale } from '../../src/i18n/i18n';
import { h } from './dom';
import { screen, type Screen } from './screen';
import type { Notice } from './title-screen';

/**
 * What a course session (launched by an LMS) shows once it closes, in place of the title (issue 11): the
 * module is over and whether a course recorded it; `problem` says why the session could not open.
 */
export function courseEndScreen(locale: Locale, hasLms: boolean, problem?: Notice): Screen {
  return screen(
    'course-end',
    locale.t('lms.end.title'),
    'course-end-screen',
    problem
      ? h('p', { class: 'notice', attrs: { role: 'alert' } }, locale.t(problem.key, problem.values))
      : undefined,
    h('p', {}, locale.t(hasLms ? 'lms.end.recorded' : 'lms.end.standalone')),
  );
}

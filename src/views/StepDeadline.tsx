import { Deadline } from '../components/deadline/Deadline';
import { isIsoDate, lastDay } from '../engine/deadline';
import { calendarFile } from '../engine/ics';
import type { DeadlineRule } from '../engine/types';
import { formatDay, t } from '../i18n';
import { received, setReceived } from '../stores/received';
import { saveFile } from './save-file';

/** A step's time limit: when the person got the decision, the last day to act, and a calendar reminder. */
export function StepDeadline(props: { stepKey: string; rule: DeadlineRule; title: string }) {
  const day = () => received()[props.stepKey];
  const result = () => {
    const d = day();
    return d && isIsoDate(d) ? lastDay(d, props.rule.period) : undefined;
  };
  const period = () => {
    const p = props.rule.period;
    if ('given' in p) return t('deadline.given');
    return 'weeks' in p ? t('deadline.period.weeks', { count: p.weeks }) : 'months' in p ? t('deadline.period.months', { count: p.months }) : t('deadline.period.days', { count: p.days });
  };
  const texts = () => {
    const r = result();
    return {
      label: 'given' in props.rule.period ? t('deadline.givenLabel') : t('deadline.label'),
      hint: 'given' in props.rule.period ? t('deadline.givenHint') : t('deadline.hint'),
      last: r ? t('deadline.last', { date: formatDay(r.last) }) : undefined,
      notes: r ? [period(), t('deadline.arrive'), ...(r.moved ? [t('deadline.moved')] : [])] : [],
      calendar: t('deadline.calendar'),
    };
  };
  const addToCalendar = () => {
    const r = result();
    if (!r) return;
    const uid = `${typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Date.now()}@forsta-steget`;
    saveFile('sista-dag.ics', 'text/calendar', calendarFile({ day: r.last, title: t('deadline.calendarTitle', { title: props.title }), description: t('deadline.calendarText', { title: props.title }), uid, now: new Date() }));
  };
  return <Deadline id={`dl-${props.stepKey.replace(/[^\w-]/g, '_')}`} texts={texts()} value={day()} onChange={(d) => setReceived(props.stepKey, d)} onCalendar={addToCalendar} />;
}

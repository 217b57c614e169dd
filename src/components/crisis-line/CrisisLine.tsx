/**
 * The last line of every outcome and of the printed plan: what to do if it
 * becomes acute. Numbers are links on screen and legible on paper.
 */
export function CrisisLine(props: { lead: string; also: string; or: string }) {
  return (
    <p class="crisis-line">
      <strong>{props.lead}</strong> <a href="tel:112" dir="ltr">112</a>. {props.also} <a href="tel:90101" dir="ltr">90101</a> {props.or}{' '}
      <a href="tel:1177" dir="ltr">1177</a>.
    </p>
  );
}

import { onMount } from 'solid-js';

/**
 * GOV.UK error summary: focused when shown so a screen reader announces it
 * at once (role="alert" alone is read inconsistently when focus also moves).
 * The link moves focus to the first radio, which ends the error loop quickly.
 */
export function ErrorSummary(props: { title: string; message: string; targetId: string }) {
  let el!: HTMLDivElement;
  onMount(() => el.focus());
  return (
    <div class="error-summary" ref={el} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary__title">
        {props.title}
      </h2>
      <ul class="error-summary__list">
        <li>
          <a
            href={`#${props.targetId}`}
            onClick={(e) => {
              // The page's position lives in the hash; following the link would replace it.
              e.preventDefault();
              document.getElementById(props.targetId)?.focus();
            }}
          >
            {props.message}
          </a>
        </li>
      </ul>
    </div>
  );
}

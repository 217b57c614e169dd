/**
 * "Tillbaka" on pages off the errand's path: installed as an app there is no
 * browser Back, so every page has its own way back.
 */
export function BackButton(props: { label: string; onBack: () => void }) {
  return (
    <p class="back no-print">
      <button type="button" class="button button--secondary" onClick={() => props.onBack()}>
        {props.label}
      </button>
    </p>
  );
}

import { Collapsible } from '@kobalte/core/collapsible';
import type { JSX } from 'solid-js';

/**
 * A button that shows and hides a panel: WAI-ARIA Disclosure pattern (Kobalte
 * Collapsible). `aria-controls` names the panel only while it is open, so it
 * never points at an element that is not in the page.
 */
export function Disclosure(props: {
  /** The button's words. */
  label: string;
  /** Classes for the button (the app's button styles). */
  buttonClass?: string;
  /** Classes for the panel. */
  class?: string;
  children: JSX.Element;
}) {
  return (
    <Collapsible class="disclosure">
      <Collapsible.Trigger class={props.buttonClass ?? 'button button--secondary'}>{props.label}</Collapsible.Trigger>
      <Collapsible.Content class={props.class}>{props.children}</Collapsible.Content>
    </Collapsible>
  );
}

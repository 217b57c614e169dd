import { AlertDialog } from '@kobalte/core/alert-dialog';
import { createSignal } from 'solid-js';

/**
 * "Glöm allt på den här enheten", asked once more before it happens: WAI-ARIA
 * Alert Dialog pattern (Kobalte AlertDialog: focus moves into the dialog and
 * back to the button, Escape and "Avbryt" cancel, the page behind is inert).
 * Forgetting cannot be undone, so a slip of the finger must not do it.
 */
export function ForgetAll(props: {
  /** The button's words, also the dialog's title. */
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
}) {
  const [open, setOpen] = createSignal(false);
  let trigger: HTMLButtonElement | undefined;
  return (
    <AlertDialog open={open()} onOpenChange={setOpen}>
      <AlertDialog.Trigger ref={trigger} class="button button--secondary">
        {props.label}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog__overlay" />
        <div class="dialog__positioner">
          {/* However it closes, the focus goes back to the button that opened it (if it is still there). */}
          <AlertDialog.Content
            class="dialog"
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              // After the page behind is no longer inert.
              setTimeout(() => trigger?.isConnected && trigger.focus());
            }}
          >
            <AlertDialog.Title class="dialog__title">{props.label}</AlertDialog.Title>
            <AlertDialog.Description class="dialog__text">{props.question}</AlertDialog.Description>
            <div class="dialog__actions">
              <button
                type="button"
                class="button"
                onClick={() => {
                  setOpen(false);
                  props.onConfirm();
                }}
              >
                {props.confirm}
              </button>
              {/* A native button: Kobalte's CloseButton would name itself "Dismiss", not by its visible words. */}
              <button type="button" class="button button--secondary" onClick={() => setOpen(false)}>
                {props.cancel}
              </button>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  );
}

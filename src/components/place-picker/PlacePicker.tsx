import { Combobox } from '@kobalte/core/combobox';
import { createSignal, Show } from 'solid-js';
import { nameMatches } from '../../engine/places';

export interface KommunOption {
  code: string;
  name: string;
}

export interface PlacePickerTexts {
  label: string;
  hint: string;
  placeholder: string;
  noMatch: string;
  trigger: string;
  listbox: string;
  count: (n: number) => string;
  selected: (name: string) => string;
}

/**
 * "Din kommun": a searchable list of the 290 kommuner (Kobalte Combobox,
 * WAI-ARIA combobox with a listbox popup). Typing filters by the start of any
 * word without accents ("goteborg", "Malung", "sälen"); arrows move, Enter
 * chooses, Escape closes. Loaded only where a place is asked for.
 */
export function PlacePicker(props: {
  texts: PlacePickerTexts;
  options: readonly KommunOption[];
  value?: string;
  onChange: (code: string) => void;
  /** Focus the field when it appears (after "Byt kommun"). */
  autofocus?: boolean;
}) {
  const [typed, setTyped] = createSignal('');
  const none = () => typed().trim() !== '' && !props.options.some((o) => nameMatches(o.name, typed()));
  const selected = () => props.options.find((o) => o.code === props.value);
  return (
    <Combobox<KommunOption>
      class="combo"
      options={[...props.options]}
      optionValue="code"
      optionTextValue="name"
      optionLabel="name"
      defaultFilter={(o, text) => nameMatches(o.name, text)}
      value={selected()}
      onChange={(o) => o && props.onChange(o.code)}
      onInputChange={setTyped}
      placeholder={props.texts.placeholder}
      triggerMode="input"
      translations={{
        focusAnnouncement: (text: string, isSelected: boolean) => (isSelected ? props.texts.selected(text) : text),
        countAnnouncement: (n: number) => props.texts.count(n),
        selectedAnnouncement: (text: string) => props.texts.selected(text),
        triggerLabel: props.texts.trigger,
        listboxLabel: props.texts.listbox,
      } as never}
      itemComponent={(p) => (
        <Combobox.Item item={p.item} class="combo__item">
          <Combobox.ItemLabel>{p.item.rawValue.name}</Combobox.ItemLabel>
        </Combobox.Item>
      )}
    >
      <Combobox.Label class="combo__label">{props.texts.label}</Combobox.Label>
      <Combobox.Description class="hint">{props.texts.hint}</Combobox.Description>
      <Combobox.Control class="combo__control">
        <Combobox.Input class="combo__input" autocomplete="off" ref={(el: HTMLInputElement) => props.autofocus && queueMicrotask(() => el.focus())} />
        <Combobox.Trigger class="combo__trigger" aria-label={props.texts.trigger}>
          <Combobox.Icon class="combo__icon">▾</Combobox.Icon>
        </Combobox.Trigger>
      </Combobox.Control>
      <p class="combo__none" role="status">
        <Show when={none()}>{props.texts.noMatch}</Show>
      </p>
      <Combobox.Portal>
        <Combobox.Content class="combo__content">
          <Combobox.Listbox class="combo__listbox" />
        </Combobox.Content>
      </Combobox.Portal>
    </Combobox>
  );
}

/**
 * The flow format. A flow is routing only: node ids, option ids, rules and
 * references to contacts and sources by id. All wording lives in locales/.
 * See docs/adr/0002-flows-as-data.md.
 */
import type { PlaceNeed, Places } from './places.ts';
import type { Period } from './deadline.ts';
import type { Letter } from './letters.ts';

/** A condition on earlier answers: node id → one option id or any of several. */
export type When = Record<string, string | string[]>;

/** One routing rule. A rule without `when` is the default and must come last. */
export interface Rule {
  when?: When;
  to: string;
}

/** Where an option leads: a node id, or ordered rules (first match wins). */
export type Next = string | Rule[];

export interface QuestionNode {
  type: 'question';
  /** Option ids in the order they are shown. */
  options: string[];
  /** The option that means "Jag vet inte", if the question has one. */
  dontKnow?: string;
  /** Whether the locale has a hint for this question. */
  hint?: boolean;
  /** Where each option leads. An option not named here takes `otherwise`. */
  next: Record<string, Next>;
  /** Where every option not named in `next` leads (e.g. one rule for 22 regions). */
  otherwise?: Next;
}

export type Channel = 'phone' | 'web' | 'visit' | 'letter' | 'chat';

/** How pressing a step is, used when several errands are merged into one plan. */
export type Urgency = 'acute' | 'deadline' | 'normal';

export interface Step {
  /** Locale key part: outcomes.<node>.steps.<id>. */
  id: string;
  /** A contact id from flows/contacts.json. */
  contact: string;
  /** Ways to reach the contact, in the order to try them. */
  how: Channel[];
  urgency?: Urgency;
  /** Ids of steps (in any errand, as "<errand>.<outcome>.<step>" or a local step id) that must come before. */
  after?: string[];
  /** Whether the locale has a "what to bring" text for this step. */
  bring?: boolean;
  /** Show the step only when earlier answers match (e.g. a region's own route). */
  when?: When;
  /** A time limit from flows/deadlines.json: the step asks when the letter came and shows the last day. */
  deadline?: string;
  /** A letter from flows/letters/ the step offers to write ("Skriv brevet"). */
  letter?: string;
}

export interface OutcomeNode {
  type: 'outcome';
  steps: Step[];
  /** Source ids from flows/sources.json. */
  sources: string[];
  /** Whether the outcome is about acute danger: shown at once (no review page), first and plainly. */
  acute?: boolean;
  /** ISO date when this outcome's facts were last checked against its sources ("Senast granskad"). */
  checked: string;
  /** Words the outcome uses that a person may not know: ids of `terms.<id>` in common texts, explained under the steps. */
  terms?: string[];
}

export type FlowNode = QuestionNode | OutcomeNode;

export interface Flow {
  id: string;
  start: string;
  /** Order on the start page; lower comes first. */
  order?: number;
  nodes: Record<string, FlowNode>;
}

export interface Contact {
  /** A phone number as written on the contact's own page, or absent when it is local. */
  phone?: string;
  /** The web address of the contact's own site. */
  web?: string;
  /** Sources that back the phone number and address. */
  sources?: string[];
  /** True when the contact differs by kommun or region; the locale says how to find it. */
  local?: boolean;
  /** Who runs it. A plan with both region care and kommun support suggests a SIP. */
  org?: 'region' | 'kommun' | 'state' | 'other';
  /** What the step shows once the person has said where they live (flows/places/). */
  place?: PlaceNeed;
}

/** A time limit counted from the day the person got the decision (flows/deadlines.json). */
export interface DeadlineRule {
  period: Period;
  /** Source ids from flows/sources.json that state the limit. */
  sources: string[];
  checked: string;
}

export interface Source {
  url: string;
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM) when the content was last checked against it. */
  checked: string;
}

export type Messages = Record<string, unknown>;

/** Everything the engine needs: flows, registries and the locales per language. */
export interface Catalogue {
  flows: Record<string, Flow>;
  contacts: Record<string, Contact>;
  sources: Record<string, Source>;
  /** lang → namespace (errand id or "common") → messages. */
  locales: Record<string, Record<string, Messages>>;
  /** Letters by id (flows/letters/<id>.json). */
  letters?: Record<string, Letter>;
  /** Time limits by id (flows/deadlines.json). */
  deadlines?: Record<string, DeadlineRule>;
  /** Kommun and region facts (flows/places/); the app loads them only when a place is chosen. */
  places?: Places;
}

export function isQuestion(node: FlowNode | undefined): node is QuestionNode {
  return node?.type === 'question';
}

export function isOutcome(node: FlowNode | undefined): node is OutcomeNode {
  return node?.type === 'outcome';
}

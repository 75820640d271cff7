/**
 * Decap's own widgets, wrapped so that (1) their values are known to the rest of the form
 * (form-values.ts) and (2) a rule of the content model that involves other fields (end after
 * start, deadline before start, a cover needs its description) is shown next to this field, in
 * the model's own words, when the editor publishes, instead of as a notice after a failed save.
 */
import { Component, createElement, type ComponentType } from 'react';
import { markdownCollections, type Rule } from '../content/model';
import { formValues } from './form-values';
import { freshUpload } from './fresh-uploads';

interface ImmutableLike {
  get(key: string): unknown;
}

interface WidgetProps {
  value?: unknown;
  onChange: (value: unknown) => void;
  field: ImmutableLike;
  collection?: ImmutableLike;
  [key: string]: unknown;
}

interface DecapControl {
  shouldComponentUpdate?: (next: WidgetProps) => boolean;
  isValid?: () => unknown;
  getValidateValue?: () => unknown;
  focus?: (path?: string) => void;
}

/** Parses the form's raw values with the model's own field schemas, for the rules to read. */
function parsedValues(collection: string): Record<string, unknown> {
  const def = markdownCollections[collection as keyof typeof markdownCollections];
  const out: Record<string, unknown> = {};
  if (!def) return out;
  for (const [name, f] of Object.entries(def.fields)) {
    const raw = formValues.get(name);
    if (raw === undefined || raw === null || raw === '') continue;
    const parsed = f.schema.safeParse(raw);
    if (parsed.success) out[name] = parsed.data;
  }
  return out;
}

/** The first rule of the collection about `field` that the form's values break, in the model's words. */
export function brokenRule(collection: string, field: string): string | undefined {
  const def = markdownCollections[collection as keyof typeof markdownCollections];
  const rules = (def?.rules ?? []) as readonly Rule<Record<string, unknown>>[];
  const data = parsedValues(collection);
  const rule = rules.find((r) => r.field === field && r.broken(data as never));
  return rule && `${rule.message}${rule.fix}`;
}

/** A Decap control that reports its value to the form and checks the cross-field rules about it. */
export function tracked(Original: ComponentType<WidgetProps>) {
  return class Tracked extends Component<WidgetProps> {
    inner: DecapControl | null = null;

    name = () => String(this.props.field.get('name'));

    /**
     * Decap asks the control it wraps whether to re-render; the image control needs its own answer
     * (it re-renders when a picture is chosen in the media library), so it is passed on.
     */
    override shouldComponentUpdate(next: WidgetProps) {
      if (this.inner?.shouldComponentUpdate) return this.inner.shouldComponentUpdate.call(this.inner, next);
      return (
        next.value !== this.props.value ||
        next.classNameWrapper !== this.props.classNameWrapper ||
        next.hasActiveStyle !== this.props.hasActiveStyle
      );
    }

    override componentDidMount() {
      formValues.set(this.name(), this.props.value);
    }

    override componentDidUpdate(prev: WidgetProps) {
      if (prev.value !== this.props.value) formValues.set(this.name(), this.props.value);
    }

    onChange = (value: unknown) => {
      formValues.set(this.name(), value);
      this.props.onChange(value);
    };

    /** An arrow function: Decap calls it detached from this object. */
    isValid = () => {
      const own = this.inner?.isValid?.();
      if (own !== undefined && own !== true) return own;
      const message = brokenRule(String(this.props.collection?.get('name') ?? ''), this.name());
      return message ? { error: { type: 'custom', message } } : true;
    };

    getValidateValue() {
      return this.inner?.getValidateValue ? this.inner.getValidateValue() : this.props.value;
    }

    focus(path?: string) {
      this.inner?.focus?.(path);
    }

    /** Pictures: a fresh upload shows from this computer until it is published (fresh-uploads.ts). */
    getAsset = (value: string, field: unknown) => {
      const own = this.props.getAsset as ((v: string, f: unknown) => unknown) | undefined;
      return freshUpload(value) ?? own?.(value, field);
    };

    override render() {
      return createElement(Original, {
        ...this.props,
        ...(this.props.getAsset ? { getAsset: this.getAsset } : {}),
        onChange: this.onChange,
        ref: (r: DecapControl | null) => {
          this.inner = r;
        },
      } as WidgetProps);
    }
  };
}

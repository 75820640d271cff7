/**
 * The slug field in the CMS. Decap cannot turn a Chinese title into an ASCII file name (its
 * `ascii` encoding drops every Chinese character), so this control fills in the title's pinyin
 * while an entry is new (for an activity, with its start year), and leaves the slug of a published
 * entry alone. It follows the title through form-values.ts, whenever and however slowly the title
 * is typed: Decap itself re-renders a widget only when its own value changes.
 */
import { Component } from 'react';
import { formValues } from './form-values';
import { ui } from '../i18n/zh-CN';
import { slugProblem, suggestSlug, withYear } from '../lib/slug';
import { urls, type Section } from '../lib/urls';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

export interface SlugControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  entry?: ImmutableLike;
  collection?: ImmutableLike;
}

const isNew = (p: SlugControlProps) => Boolean(p.entry?.get('newRecord'));
const collectionOf = (p: SlugControlProps) => String(p.collection?.get('name') ?? '');

export class SlugControl extends Component<SlugControlProps> {
  /** Set once the editor types in the field: from then on the title no longer drives it. */
  edited = false;
  unsubscribe: (() => void) | undefined;

  override componentDidMount() {
    this.unsubscribe = formValues.subscribe((name) => {
      if (name === 'title' || name === 'name' || name === 'start') this.follow();
    });
    this.follow();
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  /** A published entry's address is its file name when the file has no slug line. */
  shown(): string {
    return this.props.value || (isNew(this.props) ? '' : String(this.props.entry?.get('slug') ?? ''));
  }

  /** What Decap checks for presence: a published entry always has its address. */
  getValidateValue = () => this.shown();

  /** A new entry needs a usable slug (it names the file); a published one keeps its own. */
  isValid = () => {
    if (!isNew(this.props)) return true;
    const v = this.props.value ?? '';
    const problem = !v ? ui.admin.slugMissing : slugProblem(v) ? ui.admin.slugInvalid : undefined;
    return problem ? { error: { type: 'custom', message: problem } } : true;
  };

  follow() {
    if (!isNew(this.props) || this.edited) return;
    const title = String(formValues.get('title') ?? formValues.get('name') ?? '').trim();
    if (!title) return;
    let slug = suggestSlug(title);
    // Activities recur every year under the same title: each year keeps its own address.
    if (collectionOf(this.props) === 'events') slug = withYear(slug, String(formValues.get('start') ?? ''));
    if (slug !== this.props.value) this.props.onChange(slug);
  }

  override render() {
    const { forID, classNameWrapper } = this.props;
    const shown = this.shown();
    const collection = collectionOf(this.props);
    const path = collection === 'pages' ? urls.page(shown) : urls.entry(collection as Section, shown);
    return (
      <div>
        <input
          id={forID}
          className={classNameWrapper}
          type="text"
          value={shown}
          readOnly={!isNew(this.props)}
          inputMode="url"
          autoCapitalize="off"
          spellCheck={false}
          onChange={(e) => {
            this.edited = true;
            this.props.onChange(e.target.value.toLowerCase().replace(/\s+/g, '-'));
          }}
        />
        <p style={{ margin: '0.5em 0 0', color: '#574e47' }}>
          <strong>{ui.admin.slugAddress(path)}</strong>{' '}
          {isNew(this.props) ? ui.admin.slugFromTitle : ui.admin.slugLocked}
        </p>
      </div>
    );
  }
}

/**
 * The slug field in the CMS. Decap cannot turn a Chinese title into an ASCII file name (its
 * `ascii` encoding drops every Chinese character), so this control fills in the title's pinyin
 * while an entry is new, and leaves the slug of a published entry alone.
 *
 * A class, not a function: Decap re-renders a widget only when its own value changes unless the
 * control supplies `shouldComponentUpdate`, and this one must follow the title as it is typed.
 */
import { Component } from 'react';
import { ui } from '../i18n/zh-CN';
import { slugProblem, suggestSlug } from '../lib/slug';

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

const titleOf = (p: SlugControlProps) =>
  String(p.entry?.getIn(['data', 'title']) ?? p.entry?.getIn(['data', 'name']) ?? '');
const isNew = (p: SlugControlProps) => Boolean(p.entry?.get('newRecord'));

export class SlugControl extends Component<SlugControlProps> {
  /** Set once the editor types in the field: from then on the title no longer drives it. */
  edited = false;

  override shouldComponentUpdate(next: SlugControlProps) {
    return (
      next.value !== this.props.value ||
      titleOf(next) !== titleOf(this.props) ||
      next.classNameWrapper !== this.props.classNameWrapper
    );
  }

  override componentDidMount() {
    this.follow();
  }

  /**
   * Decap asks the control whether it is valid. A new entry needs a slug (it names the file); a
   * published one keeps its file name and URL, so there is nothing to check.
   */
  isValid() {
    if (!isNew(this.props)) return true;
    const v = this.props.value ?? '';
    const problem = !v ? ui.admin.slugMissing : slugProblem(v) ? ui.admin.slugInvalid : undefined;
    return problem ? { error: { type: 'custom', message: problem } } : true;
  }

  override componentDidUpdate(prev: SlugControlProps) {
    if (titleOf(prev) !== titleOf(this.props)) this.follow();
  }

  follow() {
    const title = titleOf(this.props).trim();
    if (isNew(this.props) && !this.edited && title) {
      const slug = suggestSlug(title);
      if (slug !== this.props.value) this.props.onChange(slug);
    }
  }

  override render() {
    const { value, forID, classNameWrapper, collection, entry } = this.props;
    const folder = String(collection?.get('folder') ?? '').replace(/^content\//, '');
    // A hand-written file may have no slug line: its file name is its slug.
    const shown = value || (isNew(this.props) ? '' : String(entry?.get('slug') ?? ''));
    const path = folder === 'pages' ? `/${shown}/` : `/${folder}/${shown}/`;
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

/**
 * A list of words in one line (标签, 同义词), split the way Chinese is typed: 「义诊，健康」「义诊、健康」
 * 「义诊, 健康」「义诊 健康」 all give 义诊 and 健康 (src/lib/tags.ts). Decap's own list field splits on
 * "," alone and swallows a comma followed by a space, saving 「义诊健康」. What the editor typed stays
 * in the box as typed; the list beside it follows. Nothing is reported while an input method is
 * still composing, nor when the form opens, so a hand-written `tags: [a, b]` is saved as it was.
 */
import { Component } from 'react';
import { List } from 'immutable';
import { joinTags, splitTags } from '../lib/tags';

interface TagsControlProps {
  value?: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

/** The words a value holds, whatever form Decap passes it in. */
function wordsOf(value: unknown): string[] {
  if (value && typeof (value as { toJS?: unknown }).toJS === 'function')
    return wordsOf((value as { toJS(): unknown }).toJS());
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? splitTags(value) : [];
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

export class TagsControl extends Component<TagsControlProps, { text: string }> {
  override state = { text: joinTags(wordsOf(this.props.value)) };
  composing = false;

  /** A value changed elsewhere (an entry loaded, a draft restored) replaces the text. */
  override componentDidUpdate(prev: TagsControlProps) {
    if (prev.value === this.props.value) return;
    const words = wordsOf(this.props.value);
    if (!same(words, splitTags(this.state.text))) this.setState({ text: joinTags(words) });
  }

  report(text: string) {
    const words = splitTags(text);
    if (!same(words, wordsOf(this.props.value))) this.props.onChange(List(words));
  }

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return (
      <input
        id={forID}
        className={classNameWrapper}
        type="text"
        value={this.state.text}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
        onCompositionStart={() => (this.composing = true)}
        onCompositionEnd={(e) => {
          this.composing = false;
          this.report(e.currentTarget.value);
        }}
        onChange={(e) => {
          this.setState({ text: e.target.value });
          if (!this.composing) this.report(e.target.value);
        }}
      />
    );
  }
}

/**
 * Part of the zh-CN dictionary (re-exported from zh-CN.ts), in its own file so the audio player's
 * script ships only these words.
 */
export const ui = {
  play: '▶ 听录音',
  pause: '❚❚ 暂停',
  /** 3分20秒 */
  length: (seconds: number) => {
    const s = Math.round(seconds);
    return s < 60 ? `${s}秒` : `${Math.floor(s / 60)}分${s % 60 ? `${s % 60}秒` : ''}`;
  },
};

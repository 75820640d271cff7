/**
 * 长辈模式 (elder mode), applied before anything is painted: this runs inline at the top of every
 * page's <head>, so large text never arrives late. It is remembered in a cookie as well as in
 * localStorage, because WeChat's browser may clear localStorage; `?mode=elder` (or `?mode=standard`)
 * in a link turns it on (or off) and remembers that.
 *
 * Serialised with toString() into the page: it must use nothing from outside itself.
 */
export function applyMode(): void {
  const KEY = 'linli-mode';
  const asked = new URLSearchParams(location.search).get('mode');
  let mode: string | null = asked === 'elder' || asked === 'standard' ? asked : null;
  if (mode) {
    document.cookie = `${KEY}=${mode}; path=/; max-age=31536000; SameSite=Lax`;
    try {
      localStorage.setItem(KEY, mode);
    } catch {
      // private browsing: the cookie is enough
    }
  } else {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${KEY}=`));
    mode = cookie ? cookie.slice(KEY.length + 1) : null;
    try {
      mode ??= localStorage.getItem(KEY);
      // WeChat may clear the cookie or the storage: keep both, so losing one loses nothing.
      if (mode) localStorage.setItem(KEY, mode);
    } catch {
      // storage unavailable: the cookie alone
    }
    if (mode) document.cookie = `${KEY}=${mode}; path=/; max-age=31536000; SameSite=Lax`;
  }
  if (mode === 'elder') document.documentElement.dataset.mode = 'elder';
}

/** Turns the mode on or off from the switch in the header, and remembers it both ways. */
export function setMode(elder: boolean): void {
  const mode = elder ? 'elder' : 'standard';
  document.cookie = `linli-mode=${mode}; path=/; max-age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem('linli-mode', mode);
  } catch {
    // the cookie is enough
  }
  if (elder) document.documentElement.dataset.mode = 'elder';
  else delete document.documentElement.dataset.mode;
}

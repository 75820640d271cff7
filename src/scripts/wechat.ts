/** True inside WeChat's in-app browser, which cannot print, open calendar files or speak. */
export const inWeChat = (ua = navigator.userAgent) => /MicroMessenger/i.test(ua);

/**
 * The lobby screen's behaviour: rotate the slides, keep the clock, poll the feed, survive the
 * network dropping, go dark at night and drift against burn-in. Timings may be shortened with
 * query parameters (seconds): `?rotate=12&poll=300&reload=21600&shift=60`.
 */
import { statusLabels } from '../i18n/zh-CN-status';
import { weekdays } from '../i18n/zh-CN-dates';
import { ui } from '../i18n/zh-CN-screen';
import { eventTimeParts } from '../lib/format';
import {
  burnInOffset,
  isNight,
  wakeTime,
  liveNotice,
  liveSlides,
  rotation,
  slideStatus,
  type ScreenFeed,
  type ScreenNotice,
  type ScreenSlide,
} from '../lib/screen';
import { eventStatus } from '../lib/status';
import { cstParts } from '../lib/time';

const params = new URLSearchParams(location.search);
const every = (name: string, fallbackSeconds: number) => {
  const v = Number(params.get(name));
  return (v > 0 ? v : fallbackSeconds) * 1000;
};
const ROTATE_MS = every('rotate', 12);
const POLL_MS = every('poll', 300);
const RELOAD_MS = every('reload', 6 * 60 * 60);
const SHIFT_MS = every('shift', 60);

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const el = (tag: string, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};
const pad = (n: number) => String(n).padStart(2, '0');

let feed = JSON.parse($('#screen-feed').textContent!) as ScreenFeed;
const loadedAt = Date.now();
let heardAt = new Date();
let offline = false;
let index = 0;
let rotateTimer: ReturnType<typeof setTimeout> | undefined;

type Item = { notice: ScreenNotice } | { slide: ScreenSlide };

function items(now: Date): Item[] {
  const notice = liveNotice(feed.notice, now);
  return rotation<Item>(
    liveSlides(feed.slides, now).map((slide) => ({ slide })),
    notice && { notice },
  );
}

function qrCode(slide: ScreenSlide): Element {
  const NS = 'http://www.w3.org/2000/svg';
  const { size, path } = slide.qr;
  const svg = document.createElementNS(NS, 'svg');
  // The standard four-module quiet zone, white, so phones read it on a dark screen too.
  svg.setAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ui.scan);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const back = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ x: -4, y: -4, width: size + 8, height: size + 8, fill: '#fff' }))
    back.setAttribute(k, String(v));
  const dots = document.createElementNS(NS, 'path');
  dots.setAttribute('d', path);
  dots.setAttribute('fill', '#000');
  svg.append(back, dots);
  const figure = el('figure', 'qr');
  figure.append(svg, el('figcaption', 'qr-caption', ui.scan));
  return figure;
}

/** A fact row; a value given in pieces breaks only between them (a date never splits). */
function fact(list: HTMLElement, label: string, value: string | string[] | undefined) {
  if (!value) return;
  const row = el('div', 'fact');
  const dd = el('dd', '');
  if (Array.isArray(value)) dd.append(...value.map((part) => el('span', 'nowrap', part)));
  else dd.textContent = value;
  row.append(el('dt', '', label), dd);
  list.append(row);
}

function slideView(slide: ScreenSlide, now: Date): HTMLElement {
  const view = el('article', `slide slide-${slide.kind}`);
  const text = el('div', 'text');
  const kind = el('p', 'kind', ui[slide.kind === 'event' ? 'upcoming' : slide.kind]);
  text.append(kind, el('h1', 'title', slide.title));
  if (slide.event) {
    const e = slide.event;
    const times = {
      start: new Date(e.start),
      end: e.end ? new Date(e.end) : undefined,
      deadline: e.deadline ? new Date(e.deadline) : undefined,
      status: e.status,
    };
    const status = slideStatus(eventStatus(times, now));
    if (status) kind.append(el('span', `status status-${status}`, statusLabels[status]));
    view.dataset.status = status ?? '';
    // Why it was called off or moved, before the old time and place.
    if (e.statusNote) text.append(el('p', 'status-note', e.statusNote));
    const facts = el('dl', 'facts');
    fact(facts, ui.time, eventTimeParts(times.start, times.end));
    fact(facts, ui.location, e.location);
    if (status === 'open') fact(facts, ui.signup, e.signup);
    fact(facts, ui.phone, e.phone);
    if (status === 'open' && e.platform) fact(facts, ui.platform, e.platform);
    text.append(facts);
  } else {
    if (slide.subject) text.append(el('p', 'subject', [slide.subject, slide.honor].filter(Boolean).join(' · ')));
    text.append(el('p', 'summary', slide.summary));
  }
  view.append(text, qrCode(slide));
  return view;
}

function noticeView(notice: ScreenNotice): HTMLElement {
  const view = el('article', 'slide slide-notice');
  view.setAttribute('role', 'alert');
  view.append(el('p', 'kind', ui.notice), el('p', 'notice-text', notice.text));
  return view;
}

function show() {
  const now = new Date();
  const list = items(now);
  const main = $('#slide');
  if (!list.length) {
    main.replaceChildren(el('p', 'empty', ui.empty));
    main.dataset.title = '';
    $('.position').textContent = '';
    return;
  }
  index = ((index % list.length) + list.length) % list.length;
  const item = list[index]!;
  const view = 'notice' in item ? noticeView(item.notice) : slideView(item.slide, now);
  main.replaceChildren(view);
  main.dataset.title = 'notice' in item ? item.notice.text : item.slide.title;
  $('.position').textContent = ui.position(index + 1, list.length);
}

/** Moves `step` slides on and restarts the wait, so a key press is not followed by an instant jump. */
function step(by: number) {
  index += by;
  show();
  clearTimeout(rotateTimer);
  rotateTimer = setTimeout(() => step(1), ROTATE_MS);
}

function tick() {
  const now = new Date();
  const p = cstParts(now);
  $('.date').textContent = `${p.year}年${p.month}月${p.day}日 ${weekdays[p.weekday]!.replace('周', '星期')}`;
  $('.time').textContent = `${pad(p.hour)}:${pad(p.minute)}`;
  $('.night-clock').textContent = `${pad(p.hour)}:${pad(p.minute)}`;
  $('.night-note').textContent = ui.nightNote(wakeTime(feed.night));
  document.documentElement.dataset.night = String(isNight(feed.night, now));
}

function renderUpdated() {
  const p = cstParts(heardAt);
  const when = `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}`;
  $('.updated').textContent = [ui.updated(when), offline ? ui.offline : ''].filter(Boolean).join(' · ');
  document.documentElement.dataset.offline = String(offline);
}

async function poll() {
  try {
    const response = await fetch($('#screen-feed').dataset.src!, { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    const next = (await response.json()) as ScreenFeed;
    const urgent = next.notice?.text && next.notice.text !== feed.notice?.text;
    feed = next;
    heardAt = new Date();
    offline = false;
    // A new notice interrupts the rotation: it is shown at once.
    if (urgent) index = 0;
    if (urgent) step(0);
    // A long-running browser gathers leaks; start afresh now and then, but only when the site
    // answers, so a reload never trades the last good slides for an error page.
    if (Date.now() - loadedAt > RELOAD_MS) location.reload();
  } catch {
    offline = true; // keep showing the last good slides
  }
  renderUpdated();
}

let drift = 0;
function shift() {
  const { x, y } = burnInOffset(++drift);
  $('.stage').style.translate = `${x}px ${y}px`;
}

addEventListener('keydown', (event) => {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) step(1);
  else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) step(-1);
  else return;
  event.preventDefault();
});

const SETUP_SEEN = 'linli-screen-setup-seen';
const SETUP_MS = 60_000;

/** Already full-screen (kiosk mode, F11): nothing to set up. */
const fullScreen = () =>
  matchMedia('(display-mode: fullscreen)').matches || (innerWidth >= screen.width && innerHeight >= screen.height);

/**
 * The first time this TV opens the page in a window (or with ?setup): how to make it open
 * full-screen by itself. A TV already in kiosk mode never sees it, even when its browser forgets
 * everything between starts (--incognito). It closes on 开始播放, a key, or after a minute.
 */
function setupOnce() {
  const seen = (() => {
    try {
      return localStorage.getItem(SETUP_SEEN) === '1';
    } catch {
      return false;
    }
  })();
  const asked = new URLSearchParams(location.search).has('setup');
  if (!asked && (seen || fullScreen())) return;
  document.body.append($<HTMLTemplateElement>('#setup').content.cloneNode(true));
  const box = $('.setup');
  $('.setup-address').textContent = `${location.origin}${location.pathname}`;
  const close = () => {
    box.remove();
    try {
      localStorage.setItem(SETUP_SEEN, '1');
    } catch {
      // private mode: shown again next time, and closes itself again
    }
  };
  $('.setup-start').addEventListener('click', close);
  addEventListener('keydown', close, { once: true });
  setTimeout(close, SETUP_MS);
}
tick();
renderUpdated();
step(0);
setupOnce();
setInterval(tick, 1000);
setInterval(poll, POLL_MS);
setInterval(shift, SHIFT_MS);

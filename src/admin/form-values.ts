/**
 * The values of the entry being edited, as the editor types them. Decap re-renders a widget only
 * when its own value changes, so a widget cannot see another field through its props: the slug
 * must follow the title, and "end before start" must be shown at the end field. Tracked widgets
 * (tracked.tsx) write here on mount and on every change; others read and subscribe.
 */
type Listener = (name: string, value: unknown) => void;

const values = new Map<string, unknown>();
const listeners = new Set<Listener>();

export const formValues = {
  get: (name: string): unknown => values.get(name),
  set(name: string, value: unknown) {
    values.set(name, value);
    for (const l of listeners) l(name, value);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

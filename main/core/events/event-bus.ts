import type { CoreEventName, CoreEvents } from '../../../shared/types';

type Listener<K extends CoreEventName> = (payload: CoreEvents[K]) => void;

/** A tiny typed event bus; a failing listener never breaks the emitter or the others. */
export class EventBus {
  private listeners = new Map<CoreEventName, Set<Listener<any>>>();

  on<K extends CoreEventName>(name: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends CoreEventName>(name: K, payload: CoreEvents[K]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch {
        // A subscriber's bug must not stop loading or the other subscribers.
      }
    }
  }
}

package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pending state changes of one family's objects: an object that a call put in a passing state (STARTING,
 * STOPPING, IN_PROGRESS, ...) keeps it for {@link WorkspaceFake#POLLS_PER_STATE} polls, then the change to its
 * next state is applied. A new change replaces the pending one.
 */
final class Transitions {

  private static final class Pending {
    int polls;
    final Consumer<ObjectNode> then;

    Pending(Consumer<ObjectNode> then) {
      this.then = then;
    }
  }

  private final Map<String, Pending> pending = new HashMap<>();

  /** After the next polls of the object {@code id}, {@code then} changes it to its next state. */
  void after(String id, Consumer<ObjectNode> then) {
    pending.put(id, new Pending(then));
  }

  /** One poll of the object: its pending change is applied once it has been polled long enough. */
  ObjectNode poll(String id, ObjectNode item) {
    Pending p = pending.get(id);
    if (p != null && ++p.polls > WorkspaceFake.POLLS_PER_STATE) {
      pending.remove(id);
      p.then.accept(item);
    }
    return item;
  }

  void cancel(String id) {
    pending.remove(id);
  }

  void clear() {
    pending.clear();
  }
}

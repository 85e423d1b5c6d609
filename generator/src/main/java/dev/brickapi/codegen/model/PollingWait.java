package dev.brickapi.codegen.model;

import java.util.List;

/**
 * Waits by polling another operation of the same service until a state field reaches a target value.
 *
 * @param poll the operationId of the polling operation (same service)
 * @param bindings how each input of the poll operation is taken from this operation's request or response
 * @param statePath JSON names from the poll response down to the state
 * @param messagePath JSON names down to a human-readable status message, or empty
 */
public record PollingWait(
    String poll,
    List<Binding> bindings,
    List<String> statePath,
    List<String> target,
    List<String> failure,
    List<String> messagePath) implements Wait {

  public PollingWait {
    bindings = List.copyOf(bindings);
    statePath = List.copyOf(statePath);
    target = List.copyOf(target);
    failure = List.copyOf(failure);
    messagePath = List.copyOf(messagePath);
  }

  @Override
  public <R> R match(Cases<R> cases) {
    return cases.polling(this);
  }

  /**
   * @param pollInput JSON name of a parameter or body field of the poll operation
   * @param fromResponse whether the value comes from this operation's response (else its request)
   * @param source JSON name of the field (or parameter) it comes from
   */
  public record Binding(String pollInput, boolean fromResponse, String source) {}
}

package dev.brickapi.codegen.model;

import java.util.List;

/**
 * A long-running operation's wait ({@code x-brickapi-wait}): which operation to poll, how its inputs
 * are bound, where the state is and which states end the wait.
 *
 * @param poll the operationId of the polling operation (same service)
 * @param bindings how each input of the poll operation is taken from this operation's request or response
 * @param statePath JSON names from the poll response down to the state
 * @param messagePath JSON names down to a human-readable status message, or empty
 */
public record Wait(
    String poll,
    List<Binding> bindings,
    List<String> statePath,
    List<String> target,
    List<String> failure,
    List<String> messagePath) {

  public Wait {
    bindings = List.copyOf(bindings);
    statePath = List.copyOf(statePath);
    target = List.copyOf(target);
    failure = List.copyOf(failure);
    messagePath = List.copyOf(messagePath);
  }

  /**
   * @param pollInput JSON name of a parameter or body field of the poll operation
   * @param fromResponse whether the value comes from this operation's response (else its request)
   * @param source JSON name of the field (or parameter) it comes from
   */
  public record Binding(String pollInput, boolean fromResponse, String source) {}
}

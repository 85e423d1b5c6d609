package dev.brickapi.codegen.naming;

import java.util.List;
import java.util.StringJoiner;

/**
 * The names of the waiting methods of {@code x-brickapi-wait}, decided in one place for the extension's
 * checks and the emitter. An operation {@code createCluster} gets {@code createClusterAndWait} and
 * {@code createClusterAndWaitAsync}; the wait for an existing resource is named after the poll operation
 * and the target states, {@code wait} + {@code GetCluster} + {@code Running} (several targets joined by
 * {@code Or}: {@code waitGetRunTerminatedOrSkipped}), with the same {@code Async} suffix.
 */
public final class WaitMethodNames {

  private WaitMethodNames() {}

  public static String andWait(String operationJavaName) {
    return operationJavaName + "AndWait";
  }

  public static String async(String blockingName) {
    return blockingName + "Async";
  }

  /** {@code getCluster}, {@code [RUNNING]} → {@code waitGetClusterRunning}. */
  public static String existing(String pollJavaName, List<String> target) {
    StringJoiner states = new StringJoiner("Or");
    for (String state : target) {
      states.add(JavaIdentifiers.pascal(state));
    }
    return "wait" + JavaIdentifiers.capitalize(pollJavaName) + states;
  }
}

package dev.brickapi.runtime;

import java.time.Duration;

/** The wait's timeout passed before a target state was reached. */
public class WaitTimeoutException extends DatabricksTimeoutException {
  private static final long serialVersionUID = 1L;

  private final String lastState;
  private final transient Duration timeout;

  public WaitTimeoutException(String lastState, Duration timeout) {
    super("timed out after " + timeout + " waiting; last state " + lastState);
    this.lastState = lastState;
    this.timeout = timeout;
  }

  /** The state of the last poll, or null when no poll answered one. */
  public String lastState() {
    return lastState;
  }

  /** The timeout that passed. */
  public Duration timeout() {
    return timeout;
  }
}

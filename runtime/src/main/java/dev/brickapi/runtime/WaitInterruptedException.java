package dev.brickapi.runtime;

/**
 * The thread waiting for a target state was interrupted. Its interrupt status is set again before this is
 * thrown, so code further up still sees the interruption.
 */
public class WaitInterruptedException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  private final String lastState;

  public WaitInterruptedException(String lastState, InterruptedException cause) {
    super(lastState == null ? "interrupted while waiting" : "interrupted while waiting; last state " + lastState, cause);
    this.lastState = lastState;
  }

  /** The state of the last poll, or null when no poll answered one. */
  public String lastState() {
    return lastState;
  }
}

package dev.brickapi.runtime;

/** A wait ended in one of its failure states; carries that state, its message and the last polled value. */
public class WaitFailedException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String stateMessage;
  private final transient Object value;

  public WaitFailedException(String state, String stateMessage, Object value) {
    super("reached failure state " + state + (stateMessage == null || stateMessage.isEmpty() ? "" : ": " + stateMessage),
        null);
    this.state = state;
    this.stateMessage = stateMessage;
    this.value = value;
  }

  /** The failure state reached, e.g. {@code TERMINATED}. */
  public String state() {
    return state;
  }

  /** The server's message about that state, or null. */
  public String stateMessage() {
    return stateMessage;
  }

  /** The last polled value. */
  public Object value() {
    return value;
  }
}

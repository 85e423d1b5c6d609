package dev.brickapi.runtime;

/** The client cannot be configured: no credentials, a bad host, a missing profile, ... */
public class ConfigException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message, null);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.brickapi.client;

/** The client cannot be configured: no credentials, a bad host, a missing profile, ... */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.brickapi.runtime;

/**
 * An authentication method cannot be used here: its tool is not installed, or it is not logged in
 * ({@code az login}, {@code databricks auth login}). When brickapi chooses the method itself it goes on to the
 * next one; when {@code auth_type} names it, this is the error, and its message names the command and the fix.
 */
public class CredentialsUnavailableException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public CredentialsUnavailableException(String message) {
    super(message);
  }
}

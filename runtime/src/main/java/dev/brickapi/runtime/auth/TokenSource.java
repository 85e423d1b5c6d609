package dev.brickapi.runtime.auth;

/** Supplies the bearer token of every request; one implementation per authentication method. */
public interface TokenSource {

  /** A token valid now (fetched or refreshed when needed). Thread-safe. */
  String token();

  /** The method's name for messages and logs ("pat", "azure-client-secret", "oauth-m2m", ...). */
  String name();

  /** True when {@link #invalidate()} makes the next {@link #token()} fetch a new token. */
  default boolean refreshable() {
    return false;
  }

  /** Forgets the current token (after a 401), so the next call fetches a fresh one. */
  default void invalidate() {}
}

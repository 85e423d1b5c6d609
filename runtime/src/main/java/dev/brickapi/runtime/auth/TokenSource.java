package dev.brickapi.runtime.auth;

import java.util.Collections;
import java.util.Map;

/** Supplies the credentials of every request; one implementation per authentication method. */
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

  /**
   * The headers that authenticate one request: {@code Authorization: Bearer <token()>} unless the method sends
   * another scheme or more headers (Azure's management token and workspace resource id).
   */
  default Map<String, String> headers() {
    return Collections.singletonMap("Authorization", "Bearer " + token());
  }
}

package dev.brickapi.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token as a credential method obtained it: the token, when it expires (null when nobody said), and the
 * refresh token of an OAuth login (or null). Immutable; {@link #toString()} shows neither token.
 */
public final class Token {
  private final String accessToken;
  private final String refreshToken;
  private final Instant expiry;

  public Token(String accessToken, Instant expiry) {
    this(accessToken, null, expiry);
  }

  public Token(String accessToken, String refreshToken, Instant expiry) {
    this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    this.refreshToken = refreshToken == null || refreshToken.isEmpty() ? null : refreshToken;
    this.expiry = expiry;
  }

  public String accessToken() {
    return accessToken;
  }

  /** The OAuth refresh token, or null. */
  public String refreshToken() {
    return refreshToken;
  }

  /** When the token expires, or null when unknown (it is then used until a 401). */
  public Instant expiry() {
    return expiry;
  }

  /** This token with the given refresh token when it has none of its own (a refresh answer may omit it). */
  public Token keepingRefreshToken(String previous) {
    return refreshToken != null || previous == null ? this : new Token(accessToken, previous, expiry);
  }

  @Override
  public String toString() {
    return "Token(***, expires " + (expiry == null ? "unknown" : expiry.toString())
        + (refreshToken == null ? "" : ", refreshable") + ")";
  }
}

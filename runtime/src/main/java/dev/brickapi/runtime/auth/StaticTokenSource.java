package dev.brickapi.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * A credential given by the user: a personal access token or an Azure AD token obtained elsewhere (sent as
 * {@code Bearer}), or a user name and password (sent as {@code Basic}).
 */
public final class StaticTokenSource implements TokenSource {
  private final String token;
  private final String name;
  private final String scheme;

  public StaticTokenSource(String name, String token) {
    this(name, token, "Bearer");
  }

  private StaticTokenSource(String name, String token, String scheme) {
    this.name = Objects.requireNonNull(name, "name");
    this.token = Objects.requireNonNull(token, "token");
    this.scheme = scheme;
  }

  /** HTTP basic authentication: {@link #token()} is then the encoded {@code username:password}. */
  public static StaticTokenSource basic(String name, String username, String password) {
    String pair = username + ":" + password;
    return new StaticTokenSource(name, Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
        "Basic");
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Map<String, String> headers() {
    return Collections.singletonMap("Authorization", scheme + " " + token);
  }

  @Override
  public String toString() {
    return name + "(***)";
  }
}

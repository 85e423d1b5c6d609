package dev.brickapi.runtime.auth;

import java.util.Objects;

/** A token given by the user: a personal access token, or an Azure AD token obtained elsewhere. */
public final class StaticTokenSource implements TokenSource {
  private final String token;
  private final String name;

  public StaticTokenSource(String name, String token) {
    this.name = Objects.requireNonNull(name, "name");
    this.token = Objects.requireNonNull(token, "token");
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
  public String toString() {
    return name + "(***)";
  }
}

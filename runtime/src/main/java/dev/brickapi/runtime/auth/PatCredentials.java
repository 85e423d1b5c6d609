package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;

/** A personal access token: builder {@code token()}, {@code DATABRICKS_TOKEN}, profile key {@code token}, {@code ~/.netrc}. */
public final class PatCredentials implements CredentialsProvider {

  @Override
  public String authType() {
    return "pat";
  }

  @Override
  public String describe(Config config) {
    return "personal access token (builder token(), DATABRICKS_TOKEN, profile key token, ~/.netrc)";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String token = config.get(Attribute.TOKEN);
    return token == null ? Optional.empty() : Optional.of(new StaticTokenSource(authType(), token));
  }
}

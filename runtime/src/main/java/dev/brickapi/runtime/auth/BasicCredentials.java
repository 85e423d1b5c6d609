package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;

/**
 * HTTP basic authentication with a user name and password: builder {@code basicAuth()}, {@code DATABRICKS_USERNAME}
 * and {@code DATABRICKS_PASSWORD}, profile keys {@code username} and {@code password}.
 */
public final class BasicCredentials implements CredentialsProvider {

  @Override
  public String authType() {
    return "basic";
  }

  @Override
  public String describe(Config config) {
    return "user name and password (DATABRICKS_USERNAME, DATABRICKS_PASSWORD" + CredentialChooser.missing(config,
        Attribute.USERNAME, Attribute.PASSWORD) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String username = config.get(Attribute.USERNAME);
    String password = config.get(Attribute.PASSWORD);
    if (username == null || password == null) {
      return Optional.empty();
    }
    return Optional.of(StaticTokenSource.basic(authType(), username, password));
  }
}

package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;

/**
 * Databricks OAuth machine-to-machine: a service principal's client id and secret ({@code DATABRICKS_CLIENT_ID},
 * {@code DATABRICKS_CLIENT_SECRET}) against the workspace's, or the account's, token endpoint.
 */
public final class OAuthM2mCredentials implements CredentialsProvider {

  @Override
  public String authType() {
    return "oauth-m2m";
  }

  @Override
  public String describe(Config config) {
    return "OAuth machine-to-machine (DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET" + CredentialChooser.missing(config,
        Attribute.CLIENT_ID, Attribute.CLIENT_SECRET) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String clientId = config.get(Attribute.CLIENT_ID);
    String clientSecret = config.get(Attribute.CLIENT_SECRET);
    if (clientId == null || clientSecret == null || config.host() == null) {
      return Optional.empty();
    }
    String endpoint = context.account()
        ? config.host() + "/oidc/accounts/" + config.accountId() + "/v1/token"
        : config.host() + "/oidc/v1/token";
    return Optional.of(new ClientCredentialsTokenSource(authType(), endpoint, clientId, clientSecret, "all-apis", true,
        context.transport(), context.options(), System::currentTimeMillis));
  }
}

package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;

/** An Azure AD (Entra) token obtained elsewhere: builder {@code azureAdToken()}, profile key {@code azure_ad_token}. */
public final class AzureAdTokenCredentials implements CredentialsProvider {

  @Override
  public String authType() {
    return "azure-ad-token";
  }

  @Override
  public String describe(Config config) {
    return "Azure AD token (builder azureAdToken(), profile key azure_ad_token)";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String token = config.get(Attribute.AZURE_AD_TOKEN);
    return token == null ? Optional.empty() : Optional.of(new StaticTokenSource(authType(), token));
  }
}

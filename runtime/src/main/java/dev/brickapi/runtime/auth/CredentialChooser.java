package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.config.Attribute;
import feign.Client;
import feign.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the authentication method from a resolved {@link Config}, first match wins:
 * personal access token, Azure AD token, Azure service principal (tenant + client id + secret),
 * Databricks OAuth machine-to-machine (client id + secret). Nothing configured is a {@link ConfigException}
 * that lists what was tried.
 */
public final class CredentialChooser {
  /** The Azure AD application id of Azure Databricks, the scope of service principal tokens. */
  public static final String AZURE_DATABRICKS_SCOPE = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default";

  private CredentialChooser() {}

  public static TokenSource choose(Config config, Client transport, Request.Options options, boolean account) {
    List<String> tried = new ArrayList<>();
    String token = config.get(Attribute.TOKEN);
    if (token != null) {
      return new StaticTokenSource("pat", token);
    }
    tried.add("personal access token (builder token(), DATABRICKS_TOKEN, profile key token, ~/.netrc)");
    String aad = config.get(Attribute.AZURE_AD_TOKEN);
    if (aad != null) {
      return new StaticTokenSource("azure-ad-token", aad);
    }
    tried.add("Azure AD token (builder azureAdToken(), profile key azure_ad_token)");
    String tenant = config.get(Attribute.AZURE_TENANT_ID);
    String azureClient = config.get(Attribute.AZURE_CLIENT_ID);
    String azureSecret = config.get(Attribute.AZURE_CLIENT_SECRET);
    if (tenant != null && azureClient != null && azureSecret != null) {
      return new ClientCredentialsTokenSource("azure-client-secret", config.azureTokenEndpoint(), azureClient,
          azureSecret, AZURE_DATABRICKS_SCOPE, false, transport, options, System::currentTimeMillis);
    }
    tried.add("Azure service principal (ARM_TENANT_ID, ARM_CLIENT_ID, ARM_CLIENT_SECRET" + missing(tenant, azureClient,
        azureSecret, "ARM_TENANT_ID", "ARM_CLIENT_ID", "ARM_CLIENT_SECRET") + ")");
    String clientId = config.get(Attribute.CLIENT_ID);
    String clientSecret = config.get(Attribute.CLIENT_SECRET);
    if (clientId != null && clientSecret != null && config.host() != null) {
      String endpoint = account
          ? config.host() + "/oidc/accounts/" + config.accountId() + "/v1/token"
          : config.host() + "/oidc/v1/token";
      return new ClientCredentialsTokenSource("oauth-m2m", endpoint, clientId, clientSecret, "all-apis", true,
          transport, options, System::currentTimeMillis);
    }
    tried.add("OAuth machine-to-machine (DATABRICKS_CLIENT_ID, DATABRICKS_CLIENT_SECRET" + missing(clientId,
        clientSecret, "x", "DATABRICKS_CLIENT_ID", "DATABRICKS_CLIENT_SECRET", "") + ")");
    throw new ConfigException("no credentials for " + config.host() + ". Tried, in order:\n  - "
        + String.join("\n  - ", tried)
        + "\nSet one of them with the builder, the environment, or a profile of ~/.databrickscfg.");
  }

  private static String missing(String a, String b, String c, String nameA, String nameB, String nameC) {
    List<String> names = new ArrayList<>();
    if (a == null) {
      names.add(nameA);
    }
    if (b == null) {
      names.add(nameB);
    }
    if (c == null && !nameC.isEmpty()) {
      names.add(nameC);
    }
    return names.isEmpty() ? "" : "; missing " + String.join(", ", names);
  }
}

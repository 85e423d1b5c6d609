package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;

/**
 * An Azure service principal with a client secret: {@code ARM_TENANT_ID}, {@code ARM_CLIENT_ID},
 * {@code ARM_CLIENT_SECRET}. With {@code azure_workspace_resource_id} it also sends the resource id and a management
 * API token ({@link AzureHeaders}).
 */
public final class AzureClientSecretCredentials implements CredentialsProvider {
  /** The Azure AD application id of Azure Databricks, the scope of service principal tokens. */
  public static final String AZURE_DATABRICKS_SCOPE = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default";
  /** The Azure management API, the scope of the token in {@code X-Databricks-Azure-SP-Management-Token}. */
  public static final String AZURE_MANAGEMENT_SCOPE = "https://management.core.windows.net//.default";

  @Override
  public String authType() {
    return "azure-client-secret";
  }

  @Override
  public String describe(Config config) {
    return "Azure service principal (ARM_TENANT_ID, ARM_CLIENT_ID, ARM_CLIENT_SECRET" + CredentialChooser.missing(config,
        Attribute.AZURE_TENANT_ID, Attribute.AZURE_CLIENT_ID, Attribute.AZURE_CLIENT_SECRET) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    String tenant = config.get(Attribute.AZURE_TENANT_ID);
    String client = config.get(Attribute.AZURE_CLIENT_ID);
    String secret = config.get(Attribute.AZURE_CLIENT_SECRET);
    if (tenant == null || client == null || secret == null) {
      return Optional.empty();
    }
    TokenSource databricks = source(config, context, client, secret, AZURE_DATABRICKS_SCOPE);
    String resourceId = config.get(Attribute.AZURE_WORKSPACE_RESOURCE_ID);
    if (resourceId == null) {
      return Optional.of(databricks);
    }
    return Optional.of(new AzureHeaders(databricks, source(config, context, client, secret, AZURE_MANAGEMENT_SCOPE),
        resourceId));
  }

  private ClientCredentialsTokenSource source(Config config, Context context, String client, String secret,
      String scope) {
    return new ClientCredentialsTokenSource(authType(), config.azureTokenEndpoint(), client, secret, scope, false,
        context.transport(), context.options(), context.clock());
  }
}

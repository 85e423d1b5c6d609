package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.config.Attribute;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Azure CLI's login ({@code az login}): each token comes from {@code az account get-access-token --resource
 * 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d --output json}, with {@code --tenant} when {@code azure_tenant_id}
 * ({@code ARM_TENANT_ID}) is set, else with {@code --subscription} of the {@code azure_workspace_resource_id} when one
 * is set (and without it when the login has no access to that subscription). The CLI prints {@code accessToken} and
 * {@code expires_on} (seconds) or, before az 2.54, only {@code expiresOn} (local time).
 *
 * <p>With {@code azure_workspace_resource_id} the resource id and, when the login can get one, a management API token
 * are sent too ({@link AzureHeaders}). Without {@code auth_type} naming it, tried only for an Azure Databricks host
 * (or with a resource id), so an {@code az} login never authenticates to another cloud.
 */
public final class AzureCliCredentials implements CredentialsProvider {
  /** The Azure AD application id of Azure Databricks. */
  static final String DATABRICKS_RESOURCE = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";
  static final String MANAGEMENT_RESOURCE = "https://management.core.windows.net/";
  static final String INSTALL = "install the Azure CLI (https://learn.microsoft.com/cli/azure/install-azure-cli) "
      + "and run `az login`";
  private static final Logger LOG = LoggerFactory.getLogger(AzureCliCredentials.class);

  private final ZoneId zone;

  public AzureCliCredentials() {
    this(ZoneId.systemDefault());
  }

  /** @param zone the zone the CLI prints {@code expiresOn} in: this machine's */
  AzureCliCredentials(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public String authType() {
    return "azure-cli";
  }

  @Override
  public String describe(Config config) {
    return "Azure CLI login (az login; for an Azure Databricks host or with azure_workspace_resource_id"
        + CredentialChooser.missing(config, Attribute.HOST) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    if (config.host() == null || !context.named() && !config.isAzure()) {
      return Optional.empty();
    }
    String tenant = config.get(Attribute.AZURE_TENANT_ID);
    String resourceId = config.get(Attribute.AZURE_WORKSPACE_RESOURCE_ID);
    String subscription = subscriptionOf(resourceId);
    CliCommand az = new CliCommand(authType(), "az", INSTALL, config);
    RefreshingTokenSource databricks = new RefreshingTokenSource(authType(),
        previous -> token(az, DATABRICKS_RESOURCE, tenant, subscription), context.clock());
    databricks.token(); // a CLI that is missing or not logged in is known now, not at the first call
    if (resourceId == null) {
      return Optional.of(databricks);
    }
    RefreshingTokenSource management = new RefreshingTokenSource(authType(),
        previous -> token(az, MANAGEMENT_RESOURCE, tenant, subscription), context.clock());
    try {
      management.token();
    } catch (ConfigException e) {
      // A user without access to the management API still reaches a workspace they belong to.
      LOG.debug("azure-cli: no management token, sending none: {}", e.getMessage());
      return Optional.of(new AzureHeaders(databricks, null, resourceId));
    }
    return Optional.of(new AzureHeaders(databricks, management, resourceId));
  }

  private Token token(CliCommand az, String resource, String tenant, String subscription) {
    List<String> arguments = new ArrayList<>(List.of("account", "get-access-token", "--resource", resource,
        "--output", "json"));
    String fix = "log in with `az login" + (tenant == null ? "" : " --tenant " + tenant) + "`";
    if (tenant == null && subscription != null && az.installed()) {
      List<String> withSubscription = new ArrayList<>(arguments);
      withSubscription.add("--subscription");
      withSubscription.add(subscription);
      try {
        return parse(az.run(withSubscription, fix));
      } catch (CredentialsUnavailableException e) {
        LOG.debug("azure-cli: no token for subscription {}, asking without it: {}", subscription, e.getMessage());
      }
    }
    if (tenant != null) {
      arguments.add("--tenant");
      arguments.add(tenant);
    }
    return parse(az.run(arguments, fix));
  }

  private Token parse(JsonNode json) {
    JsonNode token = json.get("accessToken");
    if (token == null || !token.isTextual() || token.asText().isEmpty()) {
      throw new ConfigException(authType() + ": `az account get-access-token` printed no accessToken; update the "
          + "Azure CLI");
    }
    Instant expiry = TokenExpiry.epochSeconds(json.get("expires_on"));
    return new Token(token.asText(), expiry != null ? expiry : TokenExpiry.azureCliLocal(json.get("expiresOn"), zone));
  }

  /** The subscription of {@code /subscriptions/<id>/resourceGroups/...}, or null. */
  static String subscriptionOf(String resourceId) {
    if (resourceId == null) {
      return null;
    }
    String[] parts = resourceId.split("/");
    return parts.length > 2 && "subscriptions".equalsIgnoreCase(parts[1]) && !parts[2].isEmpty() ? parts[2] : null;
  }
}

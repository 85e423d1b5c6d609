package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.config.Attribute;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Azure managed identity, enabled by {@code azure_use_msi = true} ({@code ARM_USE_MSI}). Tokens come from the
 * identity endpoint of the platform: App Service, Functions and Container Apps set {@code IDENTITY_ENDPOINT} and
 * {@code IDENTITY_HEADER} (sent as {@code X-IDENTITY-HEADER}, API 2019-08-01); elsewhere (VMs, scale sets, AKS) the
 * Instance Metadata Service answers at {@value Config#IMDS_TOKEN_ENDPOINT} (header {@code Metadata: true}, API
 * 2018-02-01; {@code Config.builder().azureMsiEndpoint(...)} moves it). A user-assigned identity is chosen by its
 * client id, {@code azure_client_id} ({@code ARM_CLIENT_ID}). With {@code azure_workspace_resource_id} the resource
 * id and a management API token are sent too ({@link AzureHeaders}).
 *
 * <p>Without {@code auth_type} naming it, tried only for an Azure Databricks host (or with a resource id).
 */
public final class AzureMsiCredentials implements CredentialsProvider {
  private static final String FIX = "managed identity works on Azure only (VM, scale set, AKS, App Service, Functions, "
      + "Container Apps) with an identity assigned to the resource; elsewhere unset ARM_USE_MSI / azure_use_msi";

  @Override
  public String authType() {
    return "azure-msi";
  }

  @Override
  public String describe(Config config) {
    return "Azure managed identity (ARM_USE_MSI=true, optional ARM_CLIENT_ID; for an Azure Databricks host or with "
        + "azure_workspace_resource_id" + CredentialChooser.missing(config, Attribute.HOST, Attribute.AZURE_USE_MSI)
        + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    if (config.host() == null || !context.named() && !(useMsi(config) && config.isAzure())) {
      return Optional.empty();
    }
    String clientId = config.get(Attribute.AZURE_CLIENT_ID);
    String identityEndpoint = config.environmentVariable("IDENTITY_ENDPOINT");
    String identityHeader = config.environmentVariable("IDENTITY_HEADER");
    boolean appService = identityEndpoint != null && identityHeader != null;
    String url = appService ? identityEndpoint : config.azureMsiEndpoint();
    Map<String, String> headers = appService ? Collections.singletonMap("X-IDENTITY-HEADER", identityHeader)
        : Collections.singletonMap("Metadata", "true");
    TokenEndpoint endpoint = new TokenEndpoint(authType(), url, context.transport(), context.options(),
        appService ? Collections.singletonList(identityHeader) : Collections.emptyList());
    String api = appService ? "2019-08-01" : "2018-02-01";
    TokenSource databricks = source(endpoint, api, headers, AzureCliCredentials.DATABRICKS_RESOURCE, clientId, context);
    String resourceId = config.get(Attribute.AZURE_WORKSPACE_RESOURCE_ID);
    if (resourceId == null) {
      return Optional.of(databricks);
    }
    return Optional.of(new AzureHeaders(databricks,
        source(endpoint, api, headers, AzureCliCredentials.MANAGEMENT_RESOURCE, clientId, context), resourceId));
  }

  private RefreshingTokenSource source(TokenEndpoint endpoint, String api, Map<String, String> headers,
      String resource, String clientId, Context context) {
    return new RefreshingTokenSource(authType(), previous -> {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("api-version", api);
      query.put("resource", resource);
      if (clientId != null) {
        query.put("client_id", clientId);
      }
      long now = context.clock().getAsLong();
      TokenEndpoint.Reply reply = endpoint.get(query, headers, FIX);
      String token = reply.text("access_token");
      if (!reply.ok() || token == null) {
        throw endpoint.refused(reply, "GET", "the managed identity endpoint " + endpoint.shown() + " gave no token for "
            + resource + (clientId == null ? "" : " and client id " + clientId) + " (HTTP " + reply.status + ")",
            "assign a managed identity to this resource"
            + (clientId == null ? ", or set azure_client_id (ARM_CLIENT_ID) to a user-assigned identity's client id"
            : " and check that " + clientId + " is the client id of one assigned to it"));
      }
      Instant expiry = TokenExpiry.epochSeconds(reply.json.get("expires_on"));
      return new Token(token, expiry != null ? expiry : TokenExpiry.secondsFrom(reply.json.get("expires_in"), now));
    }, context.clock());
  }

  private static boolean useMsi(Config config) {
    String value = config.get(Attribute.AZURE_USE_MSI);
    if (value == null) {
      return false;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true": case "1": case "t": case "yes":
        return true;
      case "false": case "0": case "f": case "no":
        return false;
      default:
        throw new ConfigException("azure_use_msi is '" + value + "' (" + config.sourceOf(Attribute.AZURE_USE_MSI)
            + "): use true or false");
    }
  }
}

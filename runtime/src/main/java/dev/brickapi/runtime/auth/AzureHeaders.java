package dev.brickapi.runtime.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Azure AD token for Azure Databricks, sent as {@code Authorization: Bearer}, and, where the official tools send
 * them (when {@code azure_workspace_resource_id} is configured), the workspace's resource id in
 * {@code X-Databricks-Azure-Workspace-Resource-Id} and a token of the same identity for the Azure management API in
 * {@code X-Databricks-Azure-SP-Management-Token}: with those, Azure Databricks can add a service principal that has
 * a role on the workspace resource to the workspace on its first call.
 */
final class AzureHeaders implements TokenSource {
  static final String MANAGEMENT_TOKEN = "X-Databricks-Azure-SP-Management-Token";
  static final String RESOURCE_ID = "X-Databricks-Azure-Workspace-Resource-Id";

  private final TokenSource databricks;
  private final TokenSource management;
  private final String resourceId;

  /**
   * @param management the management API token, or null to send none
   * @param resourceId the workspace resource id, or null to send none
   */
  AzureHeaders(TokenSource databricks, TokenSource management, String resourceId) {
    this.databricks = databricks;
    this.management = management;
    this.resourceId = resourceId;
  }

  @Override
  public String token() {
    return databricks.token();
  }

  @Override
  public String name() {
    return databricks.name();
  }

  @Override
  public boolean refreshable() {
    return databricks.refreshable();
  }

  @Override
  public void invalidate() {
    databricks.invalidate();
    if (management != null) {
      management.invalidate();
    }
  }

  @Override
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + databricks.token());
    if (resourceId != null) {
      headers.put(RESOURCE_ID, resourceId);
    }
    if (management != null) {
      headers.put(MANAGEMENT_TOKEN, management.token());
    }
    return headers;
  }

  @Override
  public String toString() {
    return name() + "(***" + (management == null ? "" : ", management token") + ")";
  }
}

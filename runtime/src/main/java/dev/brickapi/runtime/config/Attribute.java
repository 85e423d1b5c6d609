package dev.brickapi.runtime.config;

/**
 * A configuration attribute that can come from the builder, the environment or a {@code ~/.databrickscfg}
 * profile, with its profile key and environment variable (the names the official Databricks tools use).
 */
public enum Attribute {
  HOST("host", "DATABRICKS_HOST", false),
  TOKEN("token", "DATABRICKS_TOKEN", true),
  ACCOUNT_ID("account_id", "DATABRICKS_ACCOUNT_ID", false),
  AZURE_AD_TOKEN("azure_ad_token", null, true),
  AZURE_TENANT_ID("azure_tenant_id", "ARM_TENANT_ID", false),
  AZURE_CLIENT_ID("azure_client_id", "ARM_CLIENT_ID", false),
  AZURE_CLIENT_SECRET("azure_client_secret", "ARM_CLIENT_SECRET", true),
  CLIENT_ID("client_id", "DATABRICKS_CLIENT_ID", false),
  CLIENT_SECRET("client_secret", "DATABRICKS_CLIENT_SECRET", true),
  /** The authentication method to use, by the official tools' name; absent: the first that works, in order. */
  AUTH_TYPE("auth_type", "DATABRICKS_AUTH_TYPE", false),
  USERNAME("username", "DATABRICKS_USERNAME", false),
  PASSWORD("password", "DATABRICKS_PASSWORD", true),
  /** The Databricks CLI executable, a path or a name looked up on the PATH (default {@code databricks}). */
  DATABRICKS_CLI_PATH("databricks_cli_path", "DATABRICKS_CLI_PATH", false),
  /** {@code /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Databricks/workspaces/<name>}. */
  AZURE_WORKSPACE_RESOURCE_ID("azure_workspace_resource_id", "DATABRICKS_AZURE_RESOURCE_ID", false),
  /** {@code true} to use the Azure managed identity of the machine or app (azure-msi). */
  AZURE_USE_MSI("azure_use_msi", "ARM_USE_MSI", false),
  /** The audience of the ID token that workload identity federation exchanges (default: the token endpoint). */
  TOKEN_AUDIENCE("token_audience", "DATABRICKS_TOKEN_AUDIENCE", false);

  private final String profileKey;
  private final String environmentVariable;
  private final boolean sensitive;

  Attribute(String profileKey, String environmentVariable, boolean sensitive) {
    this.profileKey = profileKey;
    this.environmentVariable = environmentVariable;
    this.sensitive = sensitive;
  }

  /** The key in a {@code ~/.databrickscfg} profile. */
  public String profileKey() {
    return profileKey;
  }

  /** The environment variable, or null when the attribute has none. */
  public String environmentVariable() {
    return environmentVariable;
  }

  /** How messages name it: its environment variable, else its profile key. */
  public String displayName() {
    return environmentVariable != null ? environmentVariable : profileKey;
  }

  /** True for secrets: never printed, logged or put in a message. */
  public boolean sensitive() {
    return sensitive;
  }
}

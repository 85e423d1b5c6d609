package dev.brickapi.runtime;

import dev.brickapi.runtime.auth.BrowserLogin;
import dev.brickapi.runtime.config.Attribute;
import dev.brickapi.runtime.config.ConfigResolver;
import dev.brickapi.runtime.config.HostRules;
import dev.brickapi.runtime.config.ResolvedValue;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a client needs, resolved once by {@link Builder#build()}: explicit builder values first, then the
 * environment, then a {@code ~/.databrickscfg} profile, then {@code ~/.netrc} (see {@link ConfigResolver}).
 * Immutable and thread-safe; {@link #toString()} never shows a secret.
 */
public final class Config {
  /** The Azure Instance Metadata Service's managed identity token endpoint. */
  public static final String IMDS_TOKEN_ENDPOINT = "http://169.254.169.254/metadata/identity/oauth2/token";
  /** Environment variables holding credentials that are no configuration attributes. */
  private static final List<String> SECRET_VARIABLES = List.of("IDENTITY_HEADER", "ACTIONS_ID_TOKEN_REQUEST_TOKEN");

  private final Map<Attribute, ResolvedValue> values;
  private final String host;
  private final List<String> warnings;
  private final Builder settings;

  private Config(Builder builder) {
    this.settings = builder.copy();
    this.values = Collections.unmodifiableMap(new ConfigResolver(builder.environment, builder.home)
        .resolve(builder.explicit, builder.profile));
    ResolvedValue rawHost = values.get(Attribute.HOST);
    this.host = rawHost == null ? null : HostRules.normalize(rawHost.value(), builder.allowInsecureLoopback);
    List<String> found = new ArrayList<>();
    if (host != null) {
      HostRules.regionalWarning(host).ifPresent(found::add);
    }
    this.warnings = Collections.unmodifiableList(found);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configuration from the environment, {@code ~/.databrickscfg} and {@code ~/.netrc} only. */
  public static Config fromEnvironment() {
    return builder().build();
  }

  /** The host as {@code https://name[:port]} without trailing slash, or null when none was configured. */
  public String host() {
    return host;
  }

  /** The resolved value of an attribute, or null. */
  public String get(Attribute attribute) {
    ResolvedValue value = values.get(attribute);
    return value == null ? null : value.value();
  }

  /** Where an attribute's value came from ("builder", "env DATABRICKS_TOKEN", ...), or null. */
  public String sourceOf(Attribute attribute) {
    ResolvedValue value = values.get(attribute);
    return value == null ? null : value.source();
  }

  public String accountId() {
    return get(Attribute.ACCOUNT_ID);
  }

  /** Warnings found while resolving (deprecated regional host, ...); also logged when a client is built. */
  public List<String> warnings() {
    return warnings;
  }

  public Duration connectTimeout() {
    return settings.connectTimeout;
  }

  public Duration readTimeout() {
    return settings.readTimeout;
  }

  /** The overall deadline of one call, its retries included. */
  public Duration retryDeadline() {
    return settings.retryDeadline;
  }

  /** The first backoff delay; each retry doubles it (with jitter), up to 30 s. */
  public Duration retryBaseDelay() {
    return settings.retryBaseDelay;
  }

  /** Requests per second this client sends at most; 0 for no limit. */
  public double maxRequestsPerSecond() {
    return settings.maxRequestsPerSecond;
  }

  public ProxySettings proxy() {
    return settings.proxy;
  }

  /** A user-supplied transport, or null for the default (Apache HttpClient 5). */
  public feign.Client client() {
    return settings.client;
  }

  /** The Azure AD token endpoint for service principals (tests point it at loopback). */
  public String azureTokenEndpoint() {
    String tenant = get(Attribute.AZURE_TENANT_ID);
    return settings.azureTokenEndpoint != null ? settings.azureTokenEndpoint
        : "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token";
  }

  /** The environment this configuration was resolved from (the process's unless a test gave its own). */
  public Map<String, String> environment() {
    return Collections.unmodifiableMap(settings.environment);
  }

  /** A variable of that environment that is no attribute ({@code PATH}, {@code IDENTITY_ENDPOINT}, ...), or null. */
  public String environmentVariable(String name) {
    String value = settings.environment.get(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /** Whether the host is an Azure Databricks workspace or account, or an Azure workspace resource id is set. */
  public boolean isAzure() {
    return HostRules.isAzure(host) || get(Attribute.AZURE_WORKSPACE_RESOURCE_ID) != null;
  }

  /** How long {@code databricks auth token} or {@code az account get-access-token} may run (default 30 s). */
  public Duration commandTimeout() {
    return settings.commandTimeout;
  }

  /** The managed identity endpoint of Azure IMDS, unless {@code IDENTITY_ENDPOINT} names another one. */
  public String azureMsiEndpoint() {
    return settings.azureMsiEndpoint != null ? settings.azureMsiEndpoint : IMDS_TOKEN_ENDPOINT;
  }

  /** How {@code external-browser} opens the browser, where it listens for the redirect, how long it waits. */
  public BrowserLogin browserLogin() {
    return settings.browserLogin;
  }

  /** The OAuth token cache shared with the Databricks CLI: {@code .databricks/token-cache.json} in the home folder. */
  public Path tokenCachePath() {
    Path home = settings.home != null ? settings.home : Paths.get(System.getProperty("user.home"));
    return home.resolve(".databricks").resolve("token-cache.json");
  }

  /** The configured secrets, so logs and messages can be scrubbed of them. */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    for (String name : SECRET_VARIABLES) {
      String value = environmentVariable(name);
      if (value != null) {
        secrets.add(value);
      }
    }
    for (Map.Entry<Attribute, ResolvedValue> entry : values.entrySet()) {
      if (entry.getKey().sensitive()) {
        secrets.add(entry.getValue().value());
      }
    }
    if (settings.proxy != null && settings.proxy.password() != null) {
      secrets.add(settings.proxy.password());
    }
    return secrets;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Config{host=").append(host);
    for (Map.Entry<Attribute, ResolvedValue> entry : values.entrySet()) {
      if (entry.getKey() == Attribute.HOST) {
        continue;
      }
      text.append(", ").append(entry.getKey().profileKey()).append('=')
          .append(entry.getKey().sensitive() ? "***" : entry.getValue().value())
          .append(" (").append(entry.getValue().source()).append(')');
    }
    return text.append(", proxy=").append(settings.proxy).append('}').toString();
  }

  /** Collects explicit values; {@link #build()} resolves the rest. */
  public static final class Builder {
    private final Map<Attribute, String> explicit = new EnumMap<>(Attribute.class);
    private String profile;
    private Map<String, String> environment = System.getenv();
    private Path home = Paths.get(System.getProperty("user.home"));
    private boolean allowInsecureLoopback;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration retryDeadline = Duration.ofMinutes(5);
    private Duration retryBaseDelay = Duration.ofMillis(500);
    private double maxRequestsPerSecond;
    private ProxySettings proxy;
    private feign.Client client;
    private String azureTokenEndpoint;
    private Duration commandTimeout = Duration.ofSeconds(30);
    private String azureMsiEndpoint;
    private BrowserLogin browserLogin = BrowserLogin.defaults();

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.explicit.putAll(explicit);
      copy.profile = profile;
      copy.environment = environment;
      copy.home = home;
      copy.allowInsecureLoopback = allowInsecureLoopback;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.retryDeadline = retryDeadline;
      copy.retryBaseDelay = retryBaseDelay;
      copy.maxRequestsPerSecond = maxRequestsPerSecond;
      copy.proxy = proxy;
      copy.client = client;
      copy.azureTokenEndpoint = azureTokenEndpoint;
      copy.commandTimeout = commandTimeout;
      copy.azureMsiEndpoint = azureMsiEndpoint;
      copy.browserLogin = browserLogin;
      return copy;
    }

    private Builder set(Attribute attribute, String value) {
      if (value == null) {
        explicit.remove(attribute);
      } else {
        explicit.put(attribute, value);
      }
      return this;
    }

    /** The workspace (or account) URL; {@code https://} is added when no scheme is given. */
    public Builder host(String host) {
      return set(Attribute.HOST, host);
    }

    /** A personal access token. */
    public Builder token(String token) {
      return set(Attribute.TOKEN, token);
    }

    /** An Azure AD (Entra) access token obtained elsewhere, used as is. */
    public Builder azureAdToken(String token) {
      return set(Attribute.AZURE_AD_TOKEN, token);
    }

    public Builder accountId(String accountId) {
      return set(Attribute.ACCOUNT_ID, accountId);
    }

    /** An Azure service principal: tenant, application (client) id and client secret. */
    public Builder azureServicePrincipal(String tenantId, String clientId, String clientSecret) {
      set(Attribute.AZURE_TENANT_ID, tenantId);
      set(Attribute.AZURE_CLIENT_ID, clientId);
      return set(Attribute.AZURE_CLIENT_SECRET, clientSecret);
    }

    /** The Azure AD token endpoint (default {@code https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token}). */
    public Builder azureTokenEndpoint(String url) {
      this.azureTokenEndpoint = url;
      return this;
    }

    /** A Databricks service principal's OAuth client id and secret (machine-to-machine). */
    public Builder oauthClient(String clientId, String clientSecret) {
      set(Attribute.CLIENT_ID, clientId);
      return set(Attribute.CLIENT_SECRET, clientSecret);
    }

    /** The only authentication method to use ({@code pat}, {@code databricks-cli}, ...; see docs/authentication.md). */
    public Builder authType(String authType) {
      return set(Attribute.AUTH_TYPE, authType);
    }

    /** A user name and password (HTTP basic authentication). */
    public Builder basicAuth(String username, String password) {
      set(Attribute.USERNAME, username);
      return set(Attribute.PASSWORD, password);
    }

    /** The Databricks CLI executable for {@code databricks-cli} (default {@code databricks} on the PATH). */
    public Builder databricksCliPath(String path) {
      return set(Attribute.DATABRICKS_CLI_PATH, path);
    }

    /** The workspace's Azure resource id; Azure methods then also send it and a management token. */
    public Builder azureWorkspaceResourceId(String resourceId) {
      return set(Attribute.AZURE_WORKSPACE_RESOURCE_ID, resourceId);
    }

    /** Use the Azure managed identity of this machine or app ({@code azure-msi}). */
    public Builder azureUseMsi(boolean use) {
      return set(Attribute.AZURE_USE_MSI, use ? "true" : null);
    }

    /** The Azure tenant ({@code az account get-access-token --tenant}, service principals). */
    public Builder azureTenantId(String tenantId) {
      return set(Attribute.AZURE_TENANT_ID, tenantId);
    }

    /** The client id of a user-assigned managed identity, or of a service principal. */
    public Builder azureClientId(String clientId) {
      return set(Attribute.AZURE_CLIENT_ID, clientId);
    }

    /** How long a credential command ({@code databricks auth token}, {@code az ...}) may run (default 30 s). */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = positive(timeout, "commandTimeout");
      return this;
    }

    /** The managed identity endpoint (default {@value #IMDS_TOKEN_ENDPOINT}); tests point it at loopback. */
    public Builder azureMsiEndpoint(String url) {
      this.azureMsiEndpoint = url;
      return this;
    }

    /** The browser, redirect port and patience of {@code external-browser} ({@link BrowserLogin#defaults()}). */
    public Builder browserLogin(BrowserLogin login) {
      this.browserLogin = Objects.requireNonNull(login, "browserLogin");
      return this;
    }

    /** The {@code ~/.databrickscfg} profile (default: {@code DATABRICKS_CONFIG_PROFILE}, else DEFAULT). */
    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    /** The environment to read (default {@link System#getenv()}); tests pass a map. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The home folder of {@code .databrickscfg}, {@code .netrc}, {@code .databricks/token-cache.json} ({@code user.home}). */
    public Builder home(Path home) {
      this.home = home;
      return this;
    }

    /** Allows plain {@code http} for a loopback host (mock servers); https is required otherwise. */
    public Builder allowInsecureLoopback(boolean allow) {
      this.allowInsecureLoopback = allow;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** The overall deadline of one call including its retries (default 5 minutes). */
    public Builder retryDeadline(Duration deadline) {
      this.retryDeadline = Objects.requireNonNull(deadline, "retryDeadline");
      return this;
    }

    /** The first backoff delay when the server gives no Retry-After (default 500 ms). */
    public Builder retryBaseDelay(Duration delay) {
      this.retryBaseDelay = Objects.requireNonNull(delay, "retryBaseDelay");
      return this;
    }

    /** At most this many requests per second from this client (default 0: no limit). */
    public Builder maxRequestsPerSecond(double perSecond) {
      if (perSecond < 0) {
        throw new IllegalArgumentException("maxRequestsPerSecond must not be negative");
      }
      this.maxRequestsPerSecond = perSecond;
      return this;
    }

    /** An HTTP proxy; without one the JVM's proxy properties ({@code https.proxyHost}, ...) apply. */
    public Builder proxy(ProxySettings proxy) {
      this.proxy = proxy;
      return this;
    }

    /** Any {@link feign.Client} (feign-okhttp, feign-java11, ...) instead of the default transport. */
    public Builder client(feign.Client client) {
      this.client = client;
      return this;
    }

    public Config build() {
      return new Config(this);
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}

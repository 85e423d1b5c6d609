package dev.brickapi.client;

import dev.brickapi.client.service.WorkspaceServices;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;

/**
 * A client of one Databricks workspace: one accessor per service ({@code clusters()}, {@code jobs()} (Jobs 2.2),
 * {@code jobsV21()}, {@code dbfs()}, ...). Built once from a {@link Config}; thread-safe and cheap to share.
 * Configuration, authentication, retries, errors and redaction are brickapi-runtime's ({@link ApiClient}).
 *
 * <pre>{@code
 * WorkspaceClient workspace = WorkspaceClient.builder().host("adb-123.4.azuredatabricks.net").token(pat).build();
 * workspace.clusters().listClustersAll().forEach(c -> System.out.println(c.getClusterName()));
 * }</pre>
 */
public class WorkspaceClient extends WorkspaceServices {
  private final ApiClient api;

  public WorkspaceClient(Config config) {
    this.api = ApiClient.workspace(config);
  }

  /** A builder of the {@link Config} this client is made of. */
  public static Builder builder() {
    return new Builder();
  }

  public Config config() {
    return api.config();
  }

  /**
   * The runtime client under this one: the named accessors ({@code clusters()}, ...) make their services over
   * it, and a Feign interface of your own is {@code client().service(MyApi.class)}.
   *
   * @return the shared runtime client
   */
  @Override
  public ApiClient client() {
    return api;
  }

  /** Builds the configuration and the client in one go. */
  public static final class Builder {
    private final Config.Builder config = Config.builder();

    private Builder() {}

    /** The configuration builder: everything beyond host and token (profile, proxy, timeouts, ...). */
    public Config.Builder config() {
      return config;
    }

    public Builder host(String host) {
      config.host(host);
      return this;
    }

    public Builder token(String token) {
      config.token(token);
      return this;
    }

    public Builder configure(java.util.function.Consumer<Config.Builder> settings) {
      settings.accept(config);
      return this;
    }

    public WorkspaceClient build() {
      return new WorkspaceClient(config.build());
    }
  }
}

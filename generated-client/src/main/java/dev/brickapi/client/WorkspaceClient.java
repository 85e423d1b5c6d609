package dev.brickapi.client;

import dev.brickapi.client.core.auth.CredentialChooser;
import dev.brickapi.client.core.auth.TokenSource;
import dev.brickapi.client.core.http.FeignFactory;
import dev.brickapi.client.core.http.Transports;
import dev.brickapi.client.service.WorkspaceServices;
import feign.Client;
import feign.Contract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of one Databricks workspace: one accessor per service ({@code clusters()}, {@code jobs()} (Jobs 2.2),
 * {@code jobsV21()}, {@code dbfs()}, ...). Built once from a {@link Config}; thread-safe and cheap to share.
 *
 * <pre>{@code
 * WorkspaceClient workspace = WorkspaceClient.builder().host("adb-123.4.azuredatabricks.net").token(pat).build();
 * workspace.clusters().listClustersAll(null, null, null, null, null, null, null).forEach(System.out::println);
 * }</pre>
 */
public class WorkspaceClient extends WorkspaceServices {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceClient.class);

  private final Config config;
  private final FeignFactory feign;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  public WorkspaceClient(Config config) {
    this.config = config;
    if (config.host() == null) {
      throw new ConfigException("no workspace host: set host() on the builder, DATABRICKS_HOST, or host in a "
          + "profile of ~/.databrickscfg");
    }
    config.warnings().forEach(LOG::warn);
    Client transport = Transports.create(config);
    TokenSource tokens = CredentialChooser.choose(config, transport, Transports.options(config), false);
    this.feign = new FeignFactory(config, transport, tokens, new Contract.Default());
    LOG.debug("workspace client for {} authenticating with {}", config.host(), tokens.name());
  }

  /** A builder of the {@link Config} this client is made of. */
  public static Builder builder() {
    return new Builder();
  }

  public Config config() {
    return config;
  }

  /**
   * The client of any generated workspace service interface; the named accessors ({@code clusters()}, ...)
   * call this.
   *
   * @param type a service interface of {@code dev.brickapi.client.service}
   * @param <T> its type
   * @return the shared, thread-safe implementation
   */
  @Override
  public <T> T service(Class<T> type) {
    return type.cast(services.computeIfAbsent(type, feign::create));
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

package dev.brickapi.runtime;

import dev.brickapi.runtime.auth.CredentialChooser;
import dev.brickapi.runtime.auth.TokenSource;
import dev.brickapi.runtime.http.ClientParameterContract;
import dev.brickapi.runtime.http.FeignFactory;
import dev.brickapi.runtime.http.Transports;
import feign.Client;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point to any service class brickapi generated, from the Databricks specs or a subset of them:
 * configuration resolved like the official tools ({@link Config}), authentication, retries within a deadline,
 * typed errors ({@link DatabricksException}) and redaction, on one pooled transport. Thread-safe; build one
 * and share it.
 *
 * <pre>{@code
 * ApiClient workspace = ApiClient.workspace(Config.builder().build()); // DATABRICKS_HOST, DATABRICKS_TOKEN, ...
 * SecretsApi secrets = new SecretsApi(workspace);
 * }</pre>
 *
 * <p>An Account API client ({@link #account(Config)}) fills the configured account id into every path that
 * takes it ({@code account_id}, declared by the generated {@code @ClientParameters} metadata).
 */
public final class ApiClient {
  /** The client parameter of the Account API's paths. */
  public static final String ACCOUNT_ID = "account_id";
  private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);

  private final Config config;
  private final FeignFactory feign;
  private final String authentication;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  private ApiClient(Config config, boolean account) {
    this.config = config;
    config.warnings().forEach(LOG::warn);
    Client transport = Transports.create(config);
    TokenSource tokens = CredentialChooser.choose(config, transport, Transports.options(config), account);
    Map<String, String> parameters = config.accountId() == null ? Collections.emptyMap()
        : Collections.singletonMap(ACCOUNT_ID, config.accountId());
    this.feign = new FeignFactory(config, transport, tokens, new ClientParameterContract(parameters));
    this.authentication = tokens.name();
    LOG.debug("{} client for {} authenticating with {}", account ? "account" : "workspace", config.host(),
        tokens.name());
  }

  /** A client of one workspace. */
  public static ApiClient workspace(Config config) {
    if (config.host() == null) {
      throw new ConfigException("no workspace host: set host() on the builder, DATABRICKS_HOST, or host in a "
          + "profile of ~/.databrickscfg");
    }
    return new ApiClient(config, false);
  }

  /** A client of the Account API, on the account host, with the account id filled into every path. */
  public static ApiClient account(Config config) {
    if (config.accountId() == null) {
      throw new ConfigException("the Account API needs an account id: set accountId() on the builder, "
          + "DATABRICKS_ACCOUNT_ID, or account_id in a profile of ~/.databrickscfg");
    }
    if (config.host() == null) {
      throw new ConfigException("no account host: set host(\"https://accounts.cloud.databricks.com\") (AWS), "
          + "host(\"https://accounts.azuredatabricks.net\") (Azure) or DATABRICKS_HOST");
    }
    return new ApiClient(config, true);
  }

  public Config config() {
    return config;
  }

  /** The name of the authentication method in use ({@code pat}, {@code oauth-m2m}, ...). */
  public String authentication() {
    return authentication;
  }

  /**
   * The Feign implementation of a service interface (a generated service class's {@code Wire}, or an
   * interface of your own with Feign annotations), made once and shared.
   *
   * @param type a Feign interface
   * @param <T> its type
   * @return the shared, thread-safe implementation
   */
  public <T> T service(Class<T> type) {
    return shared(services, type, () -> feign.create(type));
  }

  /**
   * A generated service class over this client, made once and shared: {@code api(SecretsApi.class,
   * SecretsApi::new)} is {@code new SecretsApi(client)}, cached.
   *
   * @param type the service class
   * @param make its constructor
   * @param <T> its type
   * @return the shared, thread-safe service
   */
  public <T> T api(Class<T> type, java.util.function.Function<ApiClient, T> make) {
    return shared(apis, type, () -> make.apply(this));
  }

  /**
   * The cached value of {@code type}, made outside the map's locks: a constructor may ask this client for other
   * services (a helper over {@code clusters()}), which {@code computeIfAbsent} forbids. Two threads may both make
   * one; the first stored wins and the other is dropped (services hold no state of their own).
   */
  private static <T> T shared(Map<Class<?>, Object> cache, Class<T> type, java.util.function.Supplier<T> make) {
    Object known = cache.get(type);
    if (known == null) {
      T made = make.get();
      known = cache.putIfAbsent(type, made);
      if (known == null) {
        return made;
      }
    }
    return type.cast(known);
  }
}

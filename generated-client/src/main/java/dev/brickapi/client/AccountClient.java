package dev.brickapi.client;

import dev.brickapi.client.core.auth.CredentialChooser;
import dev.brickapi.client.core.auth.TokenSource;
import dev.brickapi.client.core.http.AccountContract;
import dev.brickapi.client.core.http.FeignFactory;
import dev.brickapi.client.core.http.Transports;
import dev.brickapi.client.service.AccountServices;
import feign.Client;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Account API: lives on the account host (e.g. {@code https://accounts.azuredatabricks.net})
 * and under {@code /api/2.0/accounts/{account_id}}, the account id coming from the {@link Config}.
 * Built once; thread-safe and cheap to share.
 */
public class AccountClient extends AccountServices {
  /** The account host of Azure Databricks, used when no host is configured. */
  public static final String AZURE_ACCOUNT_HOST = "https://accounts.azuredatabricks.net";
  private static final Logger LOG = LoggerFactory.getLogger(AccountClient.class);

  private final Config config;
  private final FeignFactory feign;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  public AccountClient(Config config) {
    if (config.accountId() == null) {
      throw new ConfigException("the Account API needs an account id: set accountId() on the builder, "
          + "DATABRICKS_ACCOUNT_ID, or account_id in a profile of ~/.databrickscfg");
    }
    if (config.host() == null) {
      throw new ConfigException("no account host: set host(\"" + AZURE_ACCOUNT_HOST + "\") or DATABRICKS_HOST");
    }
    this.config = config;
    config.warnings().forEach(LOG::warn);
    Client transport = Transports.create(config);
    TokenSource tokens = CredentialChooser.choose(config, transport, Transports.options(config), true);
    this.feign = new FeignFactory(config, transport, tokens, new AccountContract(config.accountId()));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Config config() {
    return config;
  }

  /**
   * The client of any generated account service interface, with the account id filled into every path.
   *
   * @param type a service interface of {@code dev.brickapi.client.service} from an account document
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

    public Config.Builder config() {
      return config;
    }

    public Builder host(String host) {
      config.host(host);
      return this;
    }

    public Builder accountId(String accountId) {
      config.accountId(accountId);
      return this;
    }

    public Builder configure(java.util.function.Consumer<Config.Builder> settings) {
      settings.accept(config);
      return this;
    }

    public AccountClient build() {
      return new AccountClient(config.build());
    }
  }
}

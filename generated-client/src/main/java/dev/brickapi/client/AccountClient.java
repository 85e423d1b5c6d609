package dev.brickapi.client;

import dev.brickapi.client.service.AccountServices;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;

/**
 * A client of the Account API: lives on the account host (e.g. {@code https://accounts.azuredatabricks.net})
 * and under {@code /api/2.0/accounts/{account_id}}, the account id coming from the {@link Config}.
 * Built once; thread-safe and cheap to share.
 */
public class AccountClient extends AccountServices {
  /** The account host of Azure Databricks. */
  public static final String AZURE_ACCOUNT_HOST = "https://accounts.azuredatabricks.net";

  private final ApiClient api;

  public AccountClient(Config config) {
    this.api = ApiClient.account(config);
  }

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

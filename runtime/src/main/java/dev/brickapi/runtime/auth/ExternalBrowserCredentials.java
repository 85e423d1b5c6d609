package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.config.Attribute;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth for a user at a browser (U2M), only when {@code auth_type = external-browser}: tokens shared with the
 * Databricks CLI through its token cache ({@link TokenCache}), refreshed with their refresh token before they expire
 * and after a 401, and a login in the browser ({@link AuthorizationCodeLogin}) only when there is no token or its
 * refresh is refused. The client id is {@code client_id} ({@code DATABRICKS_CLIENT_ID}), else {@code databricks-cli};
 * the browser, redirect port and patience are {@code Config.builder().browserLogin(...)}.
 */
public final class ExternalBrowserCredentials implements CredentialsProvider {
  /** The public OAuth client of the Databricks CLI, registered in every workspace and account. */
  public static final String DATABRICKS_CLI_CLIENT_ID = "databricks-cli";
  private static final Logger LOG = LoggerFactory.getLogger(ExternalBrowserCredentials.class);

  @Override
  public String authType() {
    return "external-browser";
  }

  @Override
  public String describe(Config config) {
    return "OAuth login in a browser (only with auth_type = external-browser" + CredentialChooser.missing(config,
        Attribute.HOST) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    if (!context.named() || config.host() == null) {
      return Optional.empty();
    }
    String clientId = config.get(Attribute.CLIENT_ID) != null ? config.get(Attribute.CLIENT_ID)
        : DATABRICKS_CLI_CLIENT_ID;
    String key = context.account() ? config.host() + "/oidc/accounts/" + config.accountId() : config.host();
    String oidc = context.account() ? key + "/v1" : config.host() + "/oidc/v1";
    String cliLogin = "databricks auth login --host " + config.host()
        + (context.account() ? " --account-id " + config.accountId() : "");
    AuthorizationCodeLogin login = new AuthorizationCodeLogin(oidc, clientId, config.browserLogin(),
        context.transport(), context.options(), cliLogin);
    TokenCache cache = new TokenCache(config.tokenCachePath());
    RefreshingTokenSource tokens = new RefreshingTokenSource(authType(),
        previous -> fetch(previous, cache, key, login, context.clock().getAsLong()), context.clock());
    tokens.token(); // the login happens when the client is built, not in the middle of its first call
    return Optional.of(tokens);
  }

  /**
   * A cached token that is not about to expire (and is not the one that was just refused), else a refreshed one,
   * else a new login.
   */
  private Token fetch(Token previous, TokenCache cache, String key, AuthorizationCodeLogin login, long now) {
    Optional<Token> cached = cache.load(key);
    String refreshToken = previous == null ? null : previous.refreshToken();
    if (cached.isPresent()) {
      Token token = cached.get();
      boolean refused = previous != null && previous.accessToken().equals(token.accessToken());
      if (!refused && (token.expiry() == null
          || token.expiry().toEpochMilli() - now > RefreshingTokenSource.MAX_MARGIN_MILLIS)) {
        return token;
      }
      if (token.refreshToken() != null) {
        refreshToken = token.refreshToken(); // the CLI may have rotated it since
      }
    }
    if (refreshToken != null) {
      try {
        Token refreshed = login.refresh(refreshToken, now);
        cache.store(key, refreshed);
        return refreshed;
      } catch (UnauthenticatedException e) {
        LOG.info("external-browser: the refresh token was refused ({}); logging in again in the browser",
            e.errorCode() == null ? "HTTP " + e.status() : e.errorCode());
      }
    }
    Token fresh = login.login(now);
    cache.store(key, fresh);
    return fresh;
  }
}

package dev.brickapi.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.brickapi.client.AccountClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.mock.MockWorkspace;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * The one place the tests get a client from: the public {@link WorkspaceClient} and {@link AccountClient},
 * configured for the mock (loopback http allowed explicitly, no environment, no home folder), with every
 * line the client logs (down to TRACE) captured so tests can check what it never logs.
 */
public final class Clients {

  /** Only one capture at a time: each new {@code Clients} (test) replaces the previous one's appender. */
  private static AppenderBase<ILoggingEvent> appender;

  private final String baseUrl;
  private final String accountId;
  private final UnaryOperator<Config.Builder> settings;
  private final StringBuffer log;
  private final WorkspaceClient workspace;
  private final AccountClient account;

  public Clients(MockWorkspace mock) {
    this(mock.baseUrl(), MockWorkspace.ACCOUNT_ID, UnaryOperator.identity(), new StringBuffer());
    capture(log);
  }

  private Clients(String baseUrl, String accountId, UnaryOperator<Config.Builder> settings, StringBuffer log) {
    this.baseUrl = baseUrl;
    this.accountId = accountId;
    this.settings = settings;
    this.log = log;
    this.workspace = new WorkspaceClient(config().build());
    this.account = new AccountClient(config().accountId(accountId).build());
  }

  private Config.Builder config() {
    return settings.apply(Config.builder()
        .host(baseUrl)
        .token(MockWorkspace.TOKEN)
        .allowInsecureLoopback(true)
        .environment(Map.of())
        .home(java.nio.file.Path.of("target", "no-home"))
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(30))
        .retryBaseDelay(Duration.ofMillis(20))
        .retryDeadline(Duration.ofSeconds(20)));
  }

  /** Clients of the same mock (same captured log) with more settings applied after these. */
  public Clients with(UnaryOperator<Config.Builder> more) {
    UnaryOperator<Config.Builder> before = settings;
    return new Clients(baseUrl, accountId, b -> more.apply(before.apply(b)), log);
  }

  /** Clients of the same mock whose reads time out after {@code timeout}. */
  public Clients withReadTimeout(Duration timeout) {
    return with(b -> b.readTimeout(timeout));
  }

  /** Clients of the same mock whose calls give up retrying after {@code deadline}. */
  public Clients withRetryDeadline(Duration deadline) {
    return with(b -> b.retryDeadline(deadline));
  }

  /**
   * Clients that authenticate with OAuth machine-to-machine (the mock's service principal, tokens from the
   * mock's {@code /oidc/v1/token}) instead of the personal access token: tokens that can be refreshed.
   */
  public Clients withOAuthM2M() {
    return with(b -> b.token(null).oauthClient(MockWorkspace.CLIENT_ID, MockWorkspace.CLIENT_SECRET));
  }

  public WorkspaceClient workspaceClient() {
    return workspace;
  }

  public AccountClient accountClient() {
    return account;
  }

  /**
   * A workspace service, e.g. {@code workspace(ClustersApi.class)}, or the Feign interface of one (its nested
   * {@code Wire}).
   */
  public <T> T workspace(Class<T> api) {
    return of(workspace.client(), api);
  }

  /** An account service, or its Feign interface: the client fills {@code {account_id}} itself. */
  public <T> T account(Class<T> api) {
    return of(account.client(), api);
  }

  private static <T> T of(ApiClient client, Class<T> api) {
    if (api.isInterface()) {
      return client.service(api);
    }
    return client.api(api, c -> {
      try {
        return api.getConstructor(ApiClient.class).newInstance(c);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(api + " is not a generated service class", e);
      }
    });
  }

  /** Everything the client logged so far, at every level. */
  public String log() {
    return log.toString();
  }

  private static synchronized void capture(StringBuffer log) {
    Logger logger = (Logger) LoggerFactory.getLogger("dev.brickapi");
    logger.setLevel(Level.TRACE);
    if (appender != null) {
      logger.detachAppender(appender);
      appender.stop();
    }
    appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        log.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
            .append(event.getFormattedMessage()).append('\n');
        if (event.getThrowableProxy() != null) {
          log.append("  ").append(event.getThrowableProxy().getClassName()).append(": ")
              .append(event.getThrowableProxy().getMessage()).append('\n');
        }
      }
    };
    appender.start();
    logger.addAppender(appender);
    logger.setAdditive(false);
  }
}

package dev.brickapi.runtime.auth;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an {@code external-browser} login runs: the {@link BrowserOpener}, the loopback port the authorization server
 * redirects to (8020, the one registered for the {@code databricks-cli} OAuth app; 0 picks a free port, for an app
 * registered for any localhost port), and how long to wait for the user (default 5 minutes). Immutable.
 */
public final class BrowserLogin {
  /** The redirect port of the {@code databricks-cli} OAuth app: {@code http://localhost:8020}. */
  public static final int DATABRICKS_CLI_PORT = 8020;
  private static final Logger LOG = LoggerFactory.getLogger(BrowserLogin.class);
  private static final BrowserOpener DESKTOP = BrowserLogin::openDesktop;

  private final BrowserOpener opener;
  private final int redirectPort;
  private final Duration timeout;

  private BrowserLogin(BrowserOpener opener, int redirectPort, Duration timeout) {
    this.opener = Objects.requireNonNull(opener, "opener");
    if (redirectPort < 0 || redirectPort > 65535) {
      throw new IllegalArgumentException("redirectPort must be 0-65535");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    this.redirectPort = redirectPort;
    this.timeout = timeout;
  }

  /** The desktop's browser, port 8020, 5 minutes. */
  public static BrowserLogin defaults() {
    return new BrowserLogin(DESKTOP, DATABRICKS_CLI_PORT, Duration.ofMinutes(5));
  }

  public BrowserLogin withOpener(BrowserOpener opener) {
    return new BrowserLogin(opener, redirectPort, timeout);
  }

  public BrowserLogin withRedirectPort(int port) {
    return new BrowserLogin(opener, port, timeout);
  }

  public BrowserLogin withTimeout(Duration timeout) {
    return new BrowserLogin(opener, redirectPort, timeout);
  }

  public BrowserOpener opener() {
    return opener;
  }

  public int redirectPort() {
    return redirectPort;
  }

  public Duration timeout() {
    return timeout;
  }

  /** The desktop's browser, else the platform's opener command, else a log line with the address to open. */
  private static void openDesktop(URI url) throws IOException {
    LOG.info("external-browser: opening the login page in a browser; if none opens, open {}", url);
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(url);
        return;
      }
    } catch (LinkageError | RuntimeException e) {
      // headless, or a runtime without java.desktop: try the platform's command
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String[] command = os.startsWith("mac") ? new String[] {"open", url.toString()}
        : os.startsWith("windows") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url.toString()}
        : new String[] {"xdg-open", url.toString()};
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      LOG.warn("external-browser: cannot open a browser here ({}); open the address above to log in", e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "BrowserLogin{port=" + redirectPort + ", timeout=" + timeout + "}";
  }
}

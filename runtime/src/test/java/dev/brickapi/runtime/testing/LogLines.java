package dev.brickapi.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every line of every logger at TRACE during each test ({@code @RegisterExtension}), for the tests that check
 * that no secret is ever logged: {@link #lines()} as "logger LEVEL message" with any stack trace.
 */
public final class LogLines implements BeforeEachCallback, AfterEachCallback {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level before;

  @Override
  public void beforeEach(ExtensionContext context) {
    before = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.list.clear();
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(appender);
    root.setLevel(before);
  }

  /** The lines logged so far in this test. */
  public List<String> lines() {
    return appender.list.stream().map(e -> e.getLoggerName() + " " + e.getLevel() + " " + e.getFormattedMessage()
        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .collect(Collectors.toList());
  }

  /** Fails naming the text when any of {@code texts} contains one of {@code secrets}. */
  public static void assertNoSecret(Collection<String> texts, Collection<String> secrets) {
    for (String text : texts) {
      for (String secret : secrets) {
        assertFalse(text.contains(secret), "a secret in: " + text);
      }
    }
  }
}

package dev.brickapi.runtime.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache in front of every method that obtains tokens (a command, a metadata endpoint, an OAuth login): the
 * token is kept until shortly before it expires (a minute, or half its lifetime when that is shorter), then
 * fetched again; {@link #invalidate()} (after a 401) makes the next {@link #token()} fetch a fresh one. A token
 * without an expiry is kept until a 401. Thread-safe: one fetch at a time.
 */
public final class RefreshingTokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(RefreshingTokenSource.class);
  static final long MAX_MARGIN_MILLIS = 60_000;

  /** Obtains a token; {@code previous} is the last one (expired or refused), or null on the first fetch. */
  @FunctionalInterface
  public interface Fetcher {
    Token fetch(Token previous);
  }

  private final String name;
  private final Fetcher fetcher;
  private final LongSupplier clockMillis;
  private Token current;
  private boolean stale = true;
  private long refreshAtMillis;

  public RefreshingTokenSource(String name, Fetcher fetcher, LongSupplier clockMillis) {
    this.name = Objects.requireNonNull(name, "name");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
  }

  @Override
  public String token() {
    return current().accessToken();
  }

  /** The current token, fetched first when there is none, it is about to expire, or it was invalidated. */
  public synchronized Token current() {
    long now = clockMillis.getAsLong();
    if (stale || now >= refreshAtMillis) {
      Token fetched = fetcher.fetch(current);
      current = fetched;
      stale = false;
      refreshAtMillis = refreshAt(fetched.expiry(), now);
      LOG.debug("{}: new token, expires {}", name, fetched.expiry() == null ? "unknown" : fetched.expiry());
    }
    return current;
  }

  /** When a token fetched at {@code now} is to be replaced: before its expiry by a minute or half its lifetime. */
  static long refreshAt(Instant expiry, long now) {
    if (expiry == null) {
      return Long.MAX_VALUE;
    }
    long lifetime = expiry.toEpochMilli() - now;
    return lifetime <= 0 ? now : expiry.toEpochMilli() - Math.min(MAX_MARGIN_MILLIS, lifetime / 2);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean refreshable() {
    return true;
  }

  @Override
  public synchronized void invalidate() {
    stale = true;
  }

  @Override
  public String toString() {
    return name + "(***)";
  }
}

package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The one cache every token-fetching method stands on. */
class RefreshingTokenSourceTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Token> previous = new ArrayList<>();

  private RefreshingTokenSource source(long lifetimeMillis) {
    return new RefreshingTokenSource("test", last -> {
      previous.add(last);
      return new Token("t" + previous.size(), lifetimeMillis < 0 ? null : Instant.ofEpochMilli(now.get() + lifetimeMillis));
    }, now::get);
  }

  @Test
  void anHourTokenIsKeptUntilAMinuteBeforeItExpires() {
    RefreshingTokenSource tokens = source(3_600_000);
    assertEquals("t1", tokens.token());
    now.addAndGet(3_600_000 - 60_001);
    assertEquals("t1", tokens.token());
    now.addAndGet(1);
    assertEquals("t2", tokens.token());
    assertNull(previous.get(0), "the first fetch has no previous token");
    assertEquals("t1", previous.get(1).accessToken(), "a refresh sees the token it replaces");
  }

  @Test
  void aShortTokenIsReplacedAfterHalfItsLifetime() {
    RefreshingTokenSource tokens = source(20_000);
    tokens.token();
    now.addAndGet(9_999);
    assertEquals("t1", tokens.token());
    now.addAndGet(1);
    assertEquals("t2", tokens.token());
  }

  @Test
  void invalidateFetchesAgainAndATokenWithoutExpiryIsKeptUntilThen() {
    RefreshingTokenSource tokens = source(-1);
    assertEquals("t1", tokens.token());
    now.addAndGet(365L * 24 * 3_600_000);
    assertEquals("t1", tokens.token());
    assertTrue(tokens.refreshable());
    tokens.invalidate();
    assertEquals("t2", tokens.token());
    assertSame(tokens.current(), tokens.current());
  }

  @Test
  void anExpiredTokenIsFetchedAgainAtEachUse() {
    RefreshingTokenSource tokens = source(-0);
    tokens.token();
    tokens.token();
    assertEquals(2, previous.size());
  }

  @Test
  void toStringShowsNoToken() {
    RefreshingTokenSource tokens = source(60_000);
    tokens.token();
    assertFalse(tokens.toString().contains("t1"), tokens.toString());
    assertFalse(tokens.current().toString().contains("t1"), tokens.current().toString());
  }
}

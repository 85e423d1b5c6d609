package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.RateLimitedException;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The error a call ends with keeps why it ended: attempts, the last status and Retry-After, a redirect's target. */
@Tag(FaultCount.TAG)
class GiveUpReasonTest {


  private static ThingsApi things(LoopbackServer server, Duration deadline) {
    return ApiClient.workspace(TestClients.config(server.url()).token("dapi-reason").retryDeadline(deadline).build())
        .service(ThingsApi.class);
  }

  @Test
  void givingUpOnRateLimitsKeepsTheTypeAttemptsStatusAndRetryAfter() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(429,
        "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"too many requests\"}").header("Retry-After", "30"))) {
      RateLimitedException e = assertThrows(RateLimitedException.class,
          () -> things(server, Duration.ofSeconds(2)).get());
      assertEquals(429, e.status());
      assertEquals("REQUEST_LIMIT_EXCEEDED", e.errorCode());
      assertTrue(e.getMessage().contains("too many requests (gave up after 1 attempt, the last answered HTTP 429 "
          + "with Retry-After 29 s: the retry deadline of PT2S would pass)")
          || e.getMessage().contains("with Retry-After 30 s: the retry deadline of PT2S would pass)"), e.getMessage());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void redirectNamesItsTargetWithoutItsQuery() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.of(302, "text/html", "<html>moved</html>")
        .header("Location", "https://login.example.com/sso?code=one-time-42"))) {
      DatabricksException e = assertThrows(DatabricksException.class, () -> things(server, Duration.ofSeconds(2)).get());
      assertEquals(302, e.status());
      assertTrue(e.getMessage().contains("redirected to https://login.example.com/sso?...; redirects are not followed"),
          e.getMessage());
      assertFalse(e.getMessage().contains("one-time-42"), e.getMessage());
    }
  }
}

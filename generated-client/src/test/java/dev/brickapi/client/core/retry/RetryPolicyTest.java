package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.RateLimitedException;
import dev.brickapi.runtime.ServerException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.service.clusters.v21.StartCluster;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final String CLUSTER = "{\"cluster_id\":\"c-1\",\"state\":\"RUNNING\"}";

  private static WorkspaceClient client(LoopbackServer server) {
    return new WorkspaceClient(TestClients.config(server.url()).token("dapi-retry").build());
  }

  /** Answers {@code first} for the first {@code times} requests, then 200. */
  private static LoopbackServer failing(int times, java.util.function.Supplier<Reply> first) throws Exception {
    AtomicInteger count = new AtomicInteger();
    return LoopbackServer.start(r -> count.incrementAndGet() <= times ? first.get() : Reply.json(200, CLUSTER));
  }

  @Test
  void tooManyRequestsIsRetriedAfterRetryAfterSeconds() throws Exception {
    try (LoopbackServer server = failing(1, () -> Reply.json(429,
        "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"slow down\"}").header("Retry-After", "1"))) {
      assertEquals("c-1", client(server).clusters().getCluster("c-1").getClusterId());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void unavailableIsRetriedAfterRetryAfterDate() throws Exception {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
    try (LoopbackServer server = failing(1, () -> Reply.json(503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\"}")
        .header("Retry-After", date))) {
      assertEquals("c-1", client(server).clusters().getCluster("c-1").getClusterId());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void unavailableWithoutRetryAfterBacksOff() throws Exception {
    try (LoopbackServer server = failing(3, () -> Reply.of(503, "text/plain", "upstream busy"))) {
      assertEquals("c-1", client(server).clusters().getCluster("c-1").getClusterId());
      assertEquals(4, server.requests().size());
    }
  }

  @Test
  void postAnsweredWith429IsResent() throws Exception {
    try (LoopbackServer server = failing(1, () -> Reply.json(429, "{}").header("Retry-After", "0"))) {
      client(server).clusters().startCluster(new StartCluster().setClusterId("c-1"));
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void rateLimitOutlastingTheDeadlineEndsTyped() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(429,
        "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"too many\"}").header("Retry-After", "1"))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t")
          .retryDeadline(Duration.ofMillis(1500)).build());
      RateLimitedException e = assertThrows(RateLimitedException.class, () -> client.clusters().getCluster("c-1"));
      assertEquals(429, e.status());
      assertEquals("REQUEST_LIMIT_EXCEEDED", e.errorCode());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void getIsRetriedAfterConnectionReset() throws Exception {
    try (LoopbackServer server = failing(1, Reply::reset)) {
      assertEquals("c-1", client(server).clusters().getCluster("c-1").getClusterId());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void postIsNeverSentTwiceAfterConnectionReset() throws Exception {
    try (LoopbackServer server = failing(1, Reply::reset)) {
      TransportException e = assertThrows(TransportException.class,
          () -> client(server).clusters().startCluster(new StartCluster().setClusterId("c-1")));
      assertEquals(1, server.requests().size());
      assertEquals("POST", e.method());
      assertEquals("/api/2.1/clusters/start", e.path());
      assertTrue(e.getMessage().contains("may have reached the server"), e.getMessage());
    }
  }

  @Test
  void connectionRefusedIsRetriedEvenForPost() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    WorkspaceClient client = new WorkspaceClient(TestClients.config("http://127.0.0.1:" + port).token("t")
        .retryDeadline(Duration.ofMillis(300)).build());
    // Retried until the deadline: it passes between attempts (a TransportException) or, on a slow machine,
    // during one (a DatabricksTimeoutException); a POST given up at once would say "not retried".
    dev.brickapi.runtime.DatabricksException e = assertThrows(dev.brickapi.runtime.DatabricksException.class,
        () -> client.clusters().startCluster(new StartCluster().setClusterId("c-1")));
    assertTrue(e instanceof TransportException || e instanceof dev.brickapi.runtime.DatabricksTimeoutException, e.toString());
    assertTrue(e.getMessage().contains("deadline") && !e.getMessage().contains("not retried"), e.getMessage());
  }

  @Test
  void internalServerErrorIsNotRetried() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(500,
        "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}"))) {
      ServerException e = assertThrows(ServerException.class, () -> client(server).clusters().getCluster("c-1"));
      assertEquals(500, e.status());
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    assertEquals(5_000L + 120_000L, RetryAfter.parse("120", 5_000L));
    assertEquals(784_111_777_000L, RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", 0));
    assertNull(RetryAfter.parse("soon", 0));
    assertNull(RetryAfter.parse(null, 0));
  }

  @Test
  void throttleLetsEveryRequestThrough() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, CLUSTER))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t")
          .maxRequestsPerSecond(200).build());
      for (int i = 0; i < 5; i++) {
        client.clusters().getCluster("c-1");
      }
      assertEquals(5, server.requests().size());
    }
  }
}

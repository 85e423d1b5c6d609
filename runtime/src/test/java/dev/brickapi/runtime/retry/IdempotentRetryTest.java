package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.http.Idempotent;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import feign.Headers;
import feign.RequestLine;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A POST marked {@code @Idempotent} (x-brickapi-idempotent) is sent again after a reset; an unmarked POST never. */
@Tag(FaultCount.TAG)
class IdempotentRetryTest {

  /** Shaped as the generator writes an interface: the mark stands on the Feign method. */
  interface Statements {
    @RequestLine("POST /api/2.0/sql/statements/get")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    @Idempotent
    JsonNode getStatement(Map<String, String> body);

    @RequestLine("POST /api/2.0/sql/statements/execute")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    JsonNode executeStatement(Map<String, String> body);
  }

  private static LoopbackServer resetOnce() throws Exception {
    AtomicInteger count = new AtomicInteger();
    return LoopbackServer.start(r -> count.incrementAndGet() == 1 ? Reply.reset()
        : Reply.json(200, "{\"statement_id\":\"s-1\"}"));
  }

  private static Statements statements(LoopbackServer server) {
    return ApiClient.workspace(TestClients.config(server.url()).token("dapi-idempotent").build())
        .service(Statements.class);
  }

  @Test
  void postMarkedIdempotentIsResentAfterAReset() throws Exception {
    try (LoopbackServer server = resetOnce()) {
      assertEquals("s-1", statements(server).getStatement(Map.of("statement_id", "s-1")).path("statement_id").asText());
      assertEquals(2, server.requests().size());
    }
  }

  @Test
  void unmarkedPostIsNotResentAfterAReset() throws Exception {
    try (LoopbackServer server = resetOnce()) {
      TransportException e = assertThrows(TransportException.class,
          () -> statements(server).executeStatement(Map.of("statement", "SELECT 1")));
      assertTrue(e.getMessage().contains("not retried: the POST may have reached the server"), e.getMessage());
      assertEquals(1, server.requests().size());
    }
  }
}

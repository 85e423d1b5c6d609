package dev.brickapi.runtime.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Misconfiguration fails at once and says what to mend, instead of being retried until the deadline. */
@Tag(FaultCount.TAG)
class PermanentFailureTest {


  private static TransportException failsWith(IOException failure, AtomicInteger attempts) {
    ApiClient client = ApiClient.workspace(TestClients.config("http://127.0.0.1:9").token("dapi-permanent")
        .retryDeadline(Duration.ofMinutes(5))
        .client((request, options) -> {
          attempts.incrementAndGet();
          throw failure;
        }).build());
    return assertThrows(TransportException.class, () -> client.service(ThingsApi.class).get());
  }

  @Test
  void unknownHostIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    TransportException e = failsWith(new UnknownHostException("adb-typo.azuredatabricks.net"), attempts);
    assertEquals(1, attempts.get());
    assertInstanceOf(UnknownHostException.class, e.getCause());
    assertTrue(e.getMessage().contains("the host name does not resolve: check host() or DATABRICKS_HOST"), e.getMessage());
  }

  @Test
  void tlsHandshakeFailureIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    TransportException e = failsWith(new SSLHandshakeException("Unsupported or unrecognized SSL message"), attempts);
    assertEquals(1, attempts.get());
    assertTrue(e.getMessage().contains("the TLS handshake failed: is the host's port plain http"), e.getMessage());
  }
}

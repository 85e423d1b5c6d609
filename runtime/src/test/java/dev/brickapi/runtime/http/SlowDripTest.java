package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that answers one byte every 100 ms never trips a 30 s read timeout; the call's 1 s deadline still ends
 * it, as a typed timeout. The 30 s bound only guards the test against hanging: a working deadline ends each call
 * after about one second.
 */
@Tag(FaultCount.TAG)
class SlowDripTest {


  /** Reads a request head, then sends {@code answer} one byte at a time, 100 ms apart. */
  private static final class DrippingServer implements AutoCloseable {
    final ServerSocket socket;

    DrippingServer(String answer) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket c = socket.accept()) {
            InputStream in = c.getInputStream();
            byte[] buffer = new byte[8192];
            in.read(buffer); // the request (small enough for one read)
            OutputStream out = c.getOutputStream();
            for (byte b : answer.getBytes(StandardCharsets.ISO_8859_1)) {
              out.write(b);
              out.flush();
              Thread.sleep(100);
            }
          } catch (IOException e) {
            // the client hung up, as it should at its deadline
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static ThingsApi api(DrippingServer server) {
    return ApiClient.workspace(TestClients.config(server.url()).token("dapi-drip")
        .retryDeadline(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(30)).build()).service(ThingsApi.class);
  }

  private static final String BODY = "{\"padding\":\"" + "x".repeat(400) + "\"}";

  @Test
  void aBodyDrippedSlowerThanTheDeadlineEndsAtTheDeadline() throws Exception {
    String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\n\r\n";
    try (DrippingServer server = new DrippingServer(answer + BODY)) {
      DatabricksTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertThrows(DatabricksTimeoutException.class, () -> api(server).get()));
      assertTrue(e.getMessage().contains("deadline of PT1S passed"), e.getMessage());
    }
  }

  @Test
  void headersDrippedSlowerThanTheDeadlineEndAPostAtTheDeadline() throws Exception {
    String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + "y".repeat(200) + "\r\n"
        + "Content-Length: 2\r\n\r\n{}";
    try (DrippingServer server = new DrippingServer(answer)) {
      DatabricksTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> assertThrows(DatabricksTimeoutException.class, () -> api(server).create(Map.of("name", "x"))));
      assertTrue(e.getMessage().contains("deadline of PT1S passed"), e.getMessage());
    }
  }
}

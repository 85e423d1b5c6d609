package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brickapi.runtime.testing.FaultCount;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that closes keep-alive connections 50 ms after their last answer: a POST sent 500 ms after a GET must
 * go out once, on a live connection, instead of failing on the pooled one the server already closed.
 */
@Tag(FaultCount.TAG)
class IdleConnectionTest {


  /** HTTP/1.1 with keep-alive, closing a connection that stays idle for 50 ms; records each request line. */
  private static final class ClosingServer implements AutoCloseable {
    final ServerSocket socket;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final Thread acceptor;

    ClosingServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket connection = socket.accept();
            Thread t = new Thread(() -> serve(connection));
            t.setDaemon(true);
            t.start();
          } catch (IOException e) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    private void serve(Socket connection) {
      try (Socket c = connection) {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = c.getOutputStream();
        boolean first = true;
        while (true) {
          c.setSoTimeout(first ? 5_000 : 50);
          String line;
          try {
            line = in.readLine();
          } catch (SocketTimeoutException idle) {
            return; // idle too long: close, as load balancers do
          }
          if (line == null) {
            return;
          }
          first = false;
          requests.add(line);
          int length = 0;
          for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
              length = Integer.parseInt(header.substring(15).trim());
            }
          }
          for (int i = 0; i < length; i++) {
            in.read();
          }
          out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
              .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        }
      } catch (IOException e) {
        // the client went away
      }
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void postAfterTheServerClosedTheIdleConnectionGoesOutOnceOnALiveOne() throws Exception {
    try (ClosingServer server = new ClosingServer()) {
      ThingsApi api = ApiClient.workspace(TestClients.config(server.url()).token("dapi-idle").build()).service(ThingsApi.class);
      api.get();
      Thread.sleep(500);
      api.create(Map.of("name", "x"));
      assertEquals(List.of("GET /api/2.0/things/get HTTP/1.1", "POST /api/2.0/things/create HTTP/1.1"), server.requests);
    }
  }
}

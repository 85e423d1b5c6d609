package dev.brickapi.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A scripted HTTP server on 127.0.0.1 for the runtime's tests; records every request. */
public final class LoopbackServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    Reply handle(Recorded request) throws IOException;
  }

  /** A request as received; the body is kept unless the server was started with {@code keepBodies=false}. */
  public static final class Recorded {
    public final String method;
    public final String path;
    public final String query;
    public final Map<String, String> headers;
    public final byte[] body;

    Recorded(String method, String path, String query, Map<String, String> headers, byte[] body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as form fields ({@code application/x-www-form-urlencoded}), decoded. */
    public Map<String, String> form() {
      return decode(bodyText());
    }

    /** The query parameters, decoded. */
    public Map<String, String> queryParameters() {
      return decode(query);
    }
  }

  /** {@code a=1&b=x%20y} as a map, in order, decoded. */
  public static Map<String, String> decode(String form) {
    Map<String, String> values = new LinkedHashMap<>();
    if (form == null || form.isEmpty()) {
      return values;
    }
    for (String pair : form.split("&")) {
      String[] kv = pair.split("=", 2);
      values.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length < 2 ? "" : java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return values;
  }

  /** What to answer; {@link #reset()} drops the connection without an answer. */
  public static final class Reply {
    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;
    final boolean reset;

    private Reply(int status, String contentType, byte[] body, boolean reset) {
      this.status = status;
      this.body = body;
      this.reset = reset;
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
    }

    public static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
    }

    public static Reply of(int status, String contentType, String body) {
      return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), false);
    }

    public static Reply bytes(int status, String contentType, byte[] body) {
      return new Reply(status, contentType, body, false);
    }

    public static Reply reset() {
      return new Reply(0, null, new byte[0], true);
    }

    public Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  /** Serves one exchange itself, streaming its request and response bodies (for transfers of any size). */
  @FunctionalInterface
  public interface Streaming {
    void serve(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

  private final boolean record;

  private LoopbackServer(Handler handler, boolean record, Streaming streaming) throws IOException {
    this.record = record;
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext("/", streaming == null ? exchange -> serve(exchange, handler) : exchange -> {
      try {
        streaming.serve(exchange);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** A server whose handler reads and writes each exchange itself; it records nothing. */
  public static LoopbackServer startStreaming(Streaming handler) throws IOException {
    return new LoopbackServer(null, false, handler);
  }

  public static LoopbackServer start(Handler handler) throws IOException {
    return new LoopbackServer(handler, true, null);
  }

  /** A server that keeps no request (for large transfers): {@link #requests()} stays empty. */
  public static LoopbackServer startUnrecorded(Handler handler) throws IOException {
    return new LoopbackServer(handler, false, null);
  }

  private void serve(HttpExchange exchange, Handler handler) throws IOException {
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestURI().getRawQuery(), headers, body);
      if (record) {
        requests.add(request);
      }
      Reply reply;
      try {
        reply = handler.handle(request);
      } catch (RuntimeException | IOException | Error e) {
        reply = Reply.json(599, "{\"error_code\":\"TEST_HANDLER_FAILED\",\"message\":\"" + e + "\"}");
      }
      if (reply.reset) {
        exchange.close(); // no status line: the client sees the connection end without a response
        return;
      }
      reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body);
      }
    } finally {
      exchange.close();
    }
  }

  /** {@code http://127.0.0.1:<port>} */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Recorded> requests() {
    synchronized (requests) {
      return new ArrayList<>(requests);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}

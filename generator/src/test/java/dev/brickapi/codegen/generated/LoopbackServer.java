package dev.brickapi.codegen.generated;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server that records every request and answers from a queue of canned responses; an answer
 * may be held back until a latch opens (one request at a time is served, so the next ones wait too).
 */
public final class LoopbackServer implements AutoCloseable {

  public record Recorded(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  record Canned(int status, String contentType, byte[] body, CountDownLatch gate, Map<String, String> headers) {
    Canned(int status, String contentType, byte[] body, CountDownLatch gate) {
      this(status, contentType, body, gate, Map.of());
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = new ArrayList<>();
  private final Deque<Canned> responses = new ArrayDeque<>();

  public LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String uri = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      Canned answer;
      synchronized (this) {
        requests.add(new Recorded(exchange.getRequestMethod(), uri, Map.copyOf(exchange.getRequestHeaders()), body));
        answer = responses.isEmpty() ? new Canned(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8), null) : responses.poll();
      }
      if (answer.gate() != null) {
        try {
          answer.gate().await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      exchange.getResponseHeaders().add("Content-Type", answer.contentType());
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
      exchange.getResponseBody().write(answer.body());
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized LoopbackServer json(String body) {
    return json(200, body);
  }

  public synchronized LoopbackServer json(int status, String body) {
    responses.add(new Canned(status, "application/json", body.getBytes(StandardCharsets.UTF_8), null));
    return this;
  }

  /** Answers {@code body} once {@code gate} has opened. */
  synchronized LoopbackServer jsonAfter(CountDownLatch gate, String body) {
    responses.add(new Canned(200, "application/json", body.getBytes(StandardCharsets.UTF_8), gate));
    return this;
  }

  /** Answers {@code body} as {@code contentType} (text, an image, vendor JSON, ...). */
  synchronized LoopbackServer answer(String contentType, byte[] body) {
    responses.add(new Canned(200, contentType, body, null));
    return this;
  }

  synchronized LoopbackServer bytes(byte[] body) {
    responses.add(new Canned(200, "application/octet-stream", body, null));
    return this;
  }

  /** Answers {@code body} (an empty one: no body) with extra response headers. */
  synchronized LoopbackServer bytes(byte[] body, Map<String, String> headers) {
    responses.add(new Canned(200, "application/octet-stream", body, null, headers));
    return this;
  }

  public synchronized List<Recorded> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

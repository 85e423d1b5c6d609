package dev.brickapi.runtime.http;

import com.sun.net.httpserver.HttpServer;
import dev.brickapi.runtime.json.JsonCodec;
import feign.Client;
import feign.Feign;
import feign.RequestLine;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The measurement behind the default transport (not a test: run its main). Times 2,000 small JSON GETs
 * per candidate feign.Client against a loopback server, after a warm-up, over several rounds, and prints
 * the figures. Run: {@code java -cp <test classpath> dev.brickapi.runtime.http.TransportMeasurement}.
 */
public final class TransportMeasurement {

  interface Ping {
    @RequestLine("GET /api/2.0/ping")
    Map<String, Object> ping();
  }

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    byte[] body = "{\"cluster_id\":\"0123-456789-abcdef\",\"state\":\"RUNNING\",\"num_workers\":2}"
        .getBytes(StandardCharsets.UTF_8);
    System.setProperty("sun.net.httpserver.nodelay", "true"); // else Nagle + delayed ACK add ~40 ms a call
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    server.setExecutor(pool);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, Supplier<Client>> candidates = new LinkedHashMap<>();
    candidates.put("hc5 (Apache HttpClient 5 classic)", () -> new feign.hc5.ApacheHttp5Client());
    candidates.put("java11 (java.net.http, Http2Client)", () -> new feign.http2client.Http2Client());
    candidates.put("okhttp", () -> new feign.okhttp.OkHttpClient());
    candidates.put("default (HttpURLConnection, no PATCH)", () -> new Client.Default(null, null));
    try {
      Map<String, long[]> results = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, Supplier<Client>> candidate : candidates.entrySet()) {
          JsonCodec codec = new JsonCodec();
          Ping ping = Feign.builder().client(candidate.getValue().get()).encoder(codec).decoder(codec)
              .target(Ping.class, url);
          for (int i = 0; i < 500; i++) {
            ping.ping();
          }
          long start = System.nanoTime();
          for (int i = 0; i < calls; i++) {
            ping.ping();
          }
          long micros = (System.nanoTime() - start) / 1000;
          results.computeIfAbsent(candidate.getKey(), k -> new long[rounds])[round] = micros;
        }
      }
      System.out.printf("%d GETs per round, %d rounds, median per call:%n", calls, rounds);
      for (Map.Entry<String, long[]> result : results.entrySet()) {
        long[] sorted = result.getValue().clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("  %-40s %6.1f us/call  (rounds, ms: %s)%n", result.getKey(),
            sorted[rounds / 2] / (double) calls, java.util.Arrays.toString(
                java.util.Arrays.stream(result.getValue()).map(m -> m / 1000).toArray()));
      }
    } finally {
      server.stop(0);
      pool.shutdownNow();
    }
  }
}

package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.databricks.secrets.v20.PutSecret;
import com.example.databricks.secrets.v20.SecretsApi;
import com.example.databricks.token.v20.ListPublicTokensResponse;
import com.example.databricks.token.v20.TokensApi;
import com.sun.net.httpserver.HttpServer;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Services generated for two documents only, on brickapi-runtime's ApiClient: retries, typed errors, redaction. */
class RuntimeConsumerTest {
  private static final String PAT = "dapi-consumer-token-0123456789";
  private static final String SECRET = "consumer-secret-value-42";

  private HttpServer server;
  private final AtomicInteger listCalls = new AtomicInteger();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private ApiClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String body = read(exchange.getRequestBody());
      bodies.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
      String path = exchange.getRequestURI().getPath();
      int status;
      String answer;
      if (path.equals("/api/2.0/token/list")) {
        status = listCalls.incrementAndGet() == 1 ? 429 : 200;
        answer = status == 429 ? "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"slow down\"}"
            : "{\"token_infos\":[{\"token_id\":\"t-1\",\"comment\":\"ci\"}]}";
        if (status == 429) {
          exchange.getResponseHeaders().add("Retry-After", "0");
        }
      } else if (path.equals("/api/2.0/secrets/get")) {
        status = 404;
        answer = "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"no secret k in scope s\"}";
      } else {
        status = 200;
        answer = "{}";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    client = ApiClient.workspace(Config.builder()
        .host("http://127.0.0.1:" + server.getAddress().getPort())
        .token(PAT)
        .allowInsecureLoopback(true)
        .environment(Collections.emptyMap())
        .home(Paths.get("/nonexistent-home"))
        .retryBaseDelay(Duration.ofMillis(10))
        .build());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rateLimitedCallIsRetriedAndSucceeds() {
    ListPublicTokensResponse tokens = new TokensApi(client).listTokens();
    assertEquals("t-1", tokens.getTokenInfos().get(0).getTokenId());
    assertEquals(2, listCalls.get(), "one 429, then the 200");
  }

  @Test
  void errorBodyBecomesItsTypedException() {
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> new SecretsApi(client).getSecret("s", "k"));
    assertEquals("RESOURCE_DOES_NOT_EXIST", e.errorCode());
    assertEquals(404, e.status());
    assertTrue(e.getMessage().contains("no secret k in scope s"), e.getMessage());
  }

  @Test
  void secretValueAndTokenNeverReachTheLog() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.start();
    root.addAppender(appender);
    try {
      new SecretsApi(client).putSecret(new PutSecret().setScope("s").setKey("k").setStringValue(SECRET));
    } finally {
      root.detachAppender(appender);
      root.setLevel(before);
    }
    assertTrue(bodies.stream().anyMatch(b -> b.contains(SECRET)), "the secret went to the server");
    assertTrue(appender.list.stream().anyMatch(e -> e.getFormattedMessage().contains("request body")),
        "the request body was logged, redacted");
    for (ILoggingEvent event : appender.list) {
      assertFalse(event.getFormattedMessage().contains(SECRET), event.getFormattedMessage());
      assertFalse(event.getFormattedMessage().contains(PAT), event.getFormattedMessage());
    }
  }
}

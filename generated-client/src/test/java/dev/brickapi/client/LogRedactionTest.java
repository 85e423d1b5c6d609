package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.brickapi.client.service.secrets.v20.PutSecret;
import dev.brickapi.client.service.token.v20.CreateTokenRequest;
import dev.brickapi.client.testing.LoopbackServer;
import dev.brickapi.client.testing.LoopbackServer.Reply;
import dev.brickapi.client.testing.TestClients;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Runs calls at TRACE with known secrets and checks that no captured log line contains any of them. */
class LogRedactionTest {
  private static final String PAT = "dapi5f3e9c1b7a2d4e6f8a0b1c2d3e4f5a6b";
  private static final String NEW_TOKEN = "dapi-newly-created-token-value-42";
  private static final String SECRET_VALUE = "s3cr3t-string-value-of-a-secret";
  private static final String CLIENT_SECRET = "dose-m2m-client-secret-777";
  private static final String ACCESS_TOKEN = "eyJhbGciOi.m2m-access-token.sig";

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger("dev.brickapi");
  private Level before;

  @BeforeEach
  void capture() {
    before = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void release() {
    root.detachAppender(appender);
    root.setLevel(before);
  }

  private List<String> lines() {
    return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()
        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .collect(Collectors.toList());
  }

  @Test
  void tokensAndSensitiveFieldsNeverAppearAtAnyLevel() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      switch (r.path) {
        case "/api/2.0/token/create":
          return Reply.json(200, "{\"token_value\":\"" + NEW_TOKEN + "\",\"token_info\":{\"token_id\":\"t1\"}}");
        case "/api/2.0/secrets/put":
          return Reply.json(200, "{}");
        case "/oidc/v1/token":
          return Reply.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600}");
        default:
          return Reply.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"header was Bearer " + PAT + "\"}");
      }
    })) {
      WorkspaceClient pat = new WorkspaceClient(TestClients.config(server.url()).token(PAT).build());
      pat.tokens().createToken(new CreateTokenRequest().setComment("ci").setLifetimeSeconds(60L));
      pat.secrets().putSecret(new PutSecret().setScope("s").setKey("k").setStringValue(SECRET_VALUE));
      assertThrows(BadRequestException.class, () -> pat.clusters().getCluster("c-1"));
      WorkspaceClient m2m = new WorkspaceClient(TestClients.config(server.url()).oauthClient("sp", CLIENT_SECRET).build());
      assertThrows(BadRequestException.class, () -> m2m.clusters().getCluster("c-1"));
    }
    List<String> lines = lines();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEBUG POST /api/2.0/token/create -> 200 in ")
        && l.endsWith("ms (attempt 1)")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("TRACE") && l.contains("response body")), String.join("\n", lines));
    for (String line : lines) {
      for (String secret : List.of(PAT, NEW_TOKEN, SECRET_VALUE, CLIENT_SECRET, ACCESS_TOKEN)) {
        assertFalse(line.contains(secret), "secret in log line: " + line);
      }
    }
  }
}

package dev.brickapi.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import dev.brickapi.runtime.testing.ThingsApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code basic}: a user name and password from DATABRICKS_USERNAME and DATABRICKS_PASSWORD. */
class BasicCredentialsTest {

  @Test
  void theUserAndPasswordAreSentAsBasicAndA401IsNotRetried() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(401, "{\"error_code\":\"UNAUTHENTICATED\"}"))) {
      ApiClient client = ApiClient.workspace(TestClients.config(server.url())
          .environment(Map.of("DATABRICKS_USERNAME", "ada", "DATABRICKS_PASSWORD", "pa55word")).build());
      assertEquals("basic", client.authentication());
      UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
          () -> client.service(ThingsApi.class).get());
      assertEquals("Basic " + Base64.getEncoder().encodeToString("ada:pa55word".getBytes(StandardCharsets.UTF_8)),
          server.requests().get(0).header("Authorization"));
      assertEquals(1, server.requests().size(), "nothing to refresh");
      assertFalse(e.getMessage().contains("pa55word"));
    }
  }

  @Test
  void theBuilderAndTheProfileKeysWork() {
    TokenSource basic = CredentialChooser.choose(TestClients.config("http://127.0.0.1:9").basicAuth("u", "p").build(),
        null, null, false);
    assertEquals("Basic dTpw", basic.headers().get("Authorization"));
    assertFalse(basic.toString().contains("dTpw"), basic.toString());
  }
}

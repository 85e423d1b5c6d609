package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import feign.Param;
import feign.RequestLine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The generated {@code @ClientParameters} metadata decides which path parameters the client fills itself. */
@Tag(FaultCount.TAG)
class ClientParameterContractTest {

  /** Shaped as the generator writes an Account API interface. */
  @ClientParameters("account_id")
  interface Workspaces {
    @RequestLine("GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}?expand={expand}")
    JsonNode getWorkspace(@Param("workspace_id") Long workspaceId, @Param("expand") String expand);
  }

  @Test
  void accountClientFillsTheAccountIdIntoEveryPath() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{\"workspace_id\":7}"))) {
      ApiClient account = ApiClient.account(TestClients.config(server.url()).token("dapi-account")
          .accountId("acc-42").build());
      assertEquals(7, account.service(Workspaces.class).getWorkspace(7L, "all").path("workspace_id").asInt());
      assertEquals("/api/2.0/accounts/acc-42/workspaces/7", server.requests().get(0).path);
      assertEquals("expand=all", server.requests().get(0).query);
    }
  }

  @Test
  void aServiceThatNeedsAParameterTheClientWasNotGivenFailsNamingIt() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      ApiClient workspace = ApiClient.workspace(TestClients.config(server.url()).token("dapi-ws").build());
      ConfigException e = assertThrows(ConfigException.class, () -> workspace.service(Workspaces.class));
      assertTrue(e.getMessage().contains("Workspaces needs the client parameter 'account_id'"), e.getMessage());
      assertTrue(server.requests().isEmpty());
    }
  }

  @Test
  void accountClientWithoutAnAccountIdIsRefusedWhenBuilt() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ApiClient.account(TestClients.config("http://127.0.0.1:1").token("dapi-x").build()));
    assertTrue(e.getMessage().startsWith("the Account API needs an account id"), e.getMessage());
  }
}

package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.service.AccountServices;
import dev.brickapi.client.service.WorkspaceServices;
import dev.brickapi.client.service.secrets.v20.AclPermission;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The short overloads take their required values in the API's documented order, not the spec's alphabetical
 * one: each call below puts distinct values in, and the request shows where each went.
 */
class ShortOverloadOrderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static LoopbackServer.Recorded call(Consumer<WorkspaceClient> workspace) throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.contains("billable")
        ? Reply.of(200, "text/plain", "month,dbus\n") : Reply.json(200, "{}"))) {
      workspace.accept(new WorkspaceClient(TestClients.config(server.url()).token("dapi-test").build()));
      return server.requests().get(0);
    }
  }

  private static LoopbackServer.Recorded callAccount(Consumer<AccountClient> account) throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.of(200, "text/plain", "month,dbus\n"))) {
      account.accept(new AccountClient(TestClients.config(server.url()).token("dapi-test").accountId("acc-1").build()));
      return server.requests().get(0);
    }
  }

  private static JsonNode body(LoopbackServer.Recorded r) throws Exception {
    return JSON.readTree(r.bodyText());
  }

  @Test
  void secretsTakeTheScopeFirst() throws Exception {
    assertEquals("key=k&scope=s", call(w -> w.secrets().getSecret("s", "k")).query);
    assertEquals("principal=p&scope=s", call(w -> w.secrets().getAcl("s", "p")).query);
    assertEquals("{\"key\":\"k\",\"scope\":\"s\"}", body(call(w -> w.secrets().putSecret("s", "k"))).toString());
    assertEquals("{\"key\":\"k\",\"scope\":\"s\"}", body(call(w -> w.secrets().deleteSecret("s", "k"))).toString());
    assertEquals("{\"principal\":\"p\",\"scope\":\"s\"}", body(call(w -> w.secrets().deleteAcl("s", "p"))).toString());
    JsonNode acl = body(call(w -> w.secrets().putAcl("s", "p", AclPermission.READ)));
    assertEquals("s", acl.get("scope").asText());
    assertEquals("p", acl.get("principal").asText());
    assertEquals("READ", acl.get("permission").asText());
  }

  @Test
  void commandStatusTakesClusterContextCommand() throws Exception {
    LoopbackServer.Recorded r = call(w -> w.commandExecution().getCommandStatus("cl", "ctx", "cmd"));
    assertEquals("clusterId=cl&commandId=cmd&contextId=ctx", r.query);
  }

  @Test
  void billableUsageTakesStartThenEnd() throws Exception {
    LoopbackServer.Recorded r = callAccount(a -> a.billableUsage().downloadBillableUsage("2026-01", "2026-06"));
    assertTrue(r.query.contains("start_month=2026-01") && r.query.contains("end_month=2026-06"), r.query);
  }

  @Test
  void mlflowTagAndTransitionDeletesTakeTheObjectFirst() throws Exception {
    assertEquals("{\"key\":\"k\",\"run_id\":\"r\"}", body(call(w -> w.mlflowRuns().deleteRunTag("r", "k"))).toString());
    LoopbackServer.Recorded tag = call(w -> w.mlflowModelVersions().deleteModelVersionTag("m", "3", "k"));
    assertTrue(tag.query.contains("name=m") && tag.query.contains("version=3") && tag.query.contains("key=k"), tag.query);
    LoopbackServer.Recorded transition = call(w -> w.mlflowTransitionRequests().deleteTransitionRequest("m", "3", "Production", "jane"));
    assertTrue(transition.query.contains("name=m") && transition.query.contains("version=3")
        && transition.query.contains("stage=Production") && transition.query.contains("creator=jane"), transition.query);
  }

  @Test
  void dbfsMoveTakesSourceThenDestination() throws Exception {
    JsonNode move = body(call(w -> w.dbfs().movePath("/from", "/to")));
    assertEquals("/from", move.get("source_path").asText());
    assertEquals("/to", move.get("destination_path").asText());
  }

  @Test
  void unityCatalogTakesCatalogSchemaName() throws Exception {
    LoopbackServer.Recorded tables = call(w -> w.tables().listTables("main", "default"));
    assertTrue(tables.query.contains("catalog_name=main") && tables.query.contains("schema_name=default"), tables.query);
    JsonNode volume = body(call(w -> w.volumes().createVolume("main", "default", "raw",
        dev.brickapi.client.service.unitycatalog.v21.VolumeType.MANAGED)));
    assertEquals("main", volume.get("catalog_name").asText());
    assertEquals("default", volume.get("schema_name").asText());
    assertEquals("raw", volume.get("name").asText());
    JsonNode schema = body(call(w -> w.schemas().createSchema("raw", "main")));
    assertEquals("raw", schema.get("name").asText());
    assertEquals("main", schema.get("catalog_name").asText());
  }

  @Test
  void aMissingPathValueIsRefusedBeforeAnythingIsSent() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      WorkspaceClient w = new WorkspaceClient(TestClients.config(server.url()).token("dapi-test").build());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.tokenManagement().getToken(null));
      assertTrue(e.getMessage().contains("token_id"), e.getMessage());
      assertTrue(server.requests().isEmpty());
    }
  }

  @Test
  void noPublicServiceMethodTakesMoreThanFourValuesAndTheFeignInterfacesAreHidden() {
    TreeSet<String> tooMany = new TreeSet<>();
    int methods = 0;
    for (Class<?> index : new Class<?>[] {WorkspaceServices.class, AccountServices.class}) {
      for (Method accessor : index.getDeclaredMethods()) {
        Class<?> service = accessor.getReturnType();
        if (!service.getSimpleName().endsWith("Api")) {
          continue;
        }
        for (Class<?> nested : service.getDeclaredClasses()) {
          assertFalse(Modifier.isPublic(nested.getModifiers()), nested + " is public");
        }
        for (Method m : service.getMethods()) {
          if (m.getDeclaringClass() == service) {
            methods++;
            if (m.getParameterCount() > 4) {
              tooMany.add(service.getSimpleName() + "." + m.getName());
            }
          }
        }
      }
    }
    assertTrue(methods > 1500, "public methods: " + methods);
    assertEquals(new TreeSet<>(), tooMany);
  }
}

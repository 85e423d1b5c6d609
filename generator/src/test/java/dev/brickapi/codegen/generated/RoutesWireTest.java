package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.store.routes.v1.ConfigApi;
import com.example.store.routes.v1.GetV1RoutesRequest;
import com.example.store.routes.v1.GetV1RoutesXPriority;
import com.example.store.routes.v1.ListRoutesRequest;
import com.example.store.routes.v1.RangeQuery;
import com.example.store.routes.v1.Route;
import com.example.store.routes.v1.RouteFilter;
import com.example.store.routes.v1.RoutesApi;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Operations named from method and path, deepObject parameters with nested objects and lists, unions of scalars
 * as parameters and header parameters of every scalar type, on the wire.
 */
class RoutesWireTest {

  private final LoopbackServer server = new LoopbackServer();
  private final RoutesApi routes = new RoutesApi(GeneratedClients.workspace(server.url()));

  @AfterEach
  void stop() {
    server.close();
  }

  private LoopbackServer.Recorded sent(int i) {
    return server.requests().get(i);
  }

  @Test
  void operationsWithoutIdAreNamedFromMethodAndPath() {
    server.json("{\"routes\":[{\"id\":\"r1\"}]}");
    server.json("{\"id\":\"r2\"}");
    server.json("{}");
    server.json("{}");
    server.json("{}");
    server.json("{}");
    assertEquals("r1", routes.listRoutes().getRoutes().get(0).getId());
    assertEquals("r2", routes.createRoutes(new Route().setName("north")).getId());
    routes.getV1Routes("r2");
    routes.deleteRoutes("r2");
    routes.getRoutes("r2");
    new ConfigApi(GeneratedClients.workspace(server.url())).listConfig();
    assertEquals("GET /api/1/routes", sent(0).method() + " " + sent(0).pathAndQuery());
    assertEquals("POST /api/1/routes", sent(1).method() + " " + sent(1).pathAndQuery());
    assertEquals("{\"name\":\"north\"}", sent(1).text());
    assertEquals("GET /api/1/routes/r2", sent(2).method() + " " + sent(2).pathAndQuery());
    assertEquals("DELETE /api/1/routes/r2", sent(3).method() + " " + sent(3).pathAndQuery());
    assertEquals("GET /api/1/routes/r2/stops", sent(4).method() + " " + sent(4).pathAndQuery());
    assertEquals("GET /api/1/config", sent(5).method() + " " + sent(5).pathAndQuery());
  }

  @Test
  void derivedNameKeepsTheVersionWhenThePlainOneIsTaken() {
    server.json("{}");
    routes.listV2Routes();
    assertEquals("/api/2/routes", sent(0).pathAndQuery());
  }

  @Test
  void deepObjectSendsNestedObjectsByBracketedKeysAndListsWithEmptyBrackets() {
    server.json("{}");
    routes.listRoutes(new ListRoutesRequest()
        .setCreated(new RangeQuery().setGte(10L).setLt(20L))
        .setFilter(new RouteFilter().setName("north").setStops(List.of("a", "b"))
            .setWindow(new RangeQuery().setGte(5L)))
        .setExpand(List.of("driver", "stops")));
    assertEquals("/api/1/routes?created%5Bgte%5D=10&created%5Blt%5D=20&filter%5Bname%5D=north"
        + "&filter%5Bstops%5D=a&filter%5Bstops%5D=b&filter%5Bwindow%5D%5Bgte%5D=5"
        + "&expand%5B%5D=driver&expand%5B%5D=stops", sent(0).pathAndQuery());
  }

  @Test
  void scalarVariantOfAnObjectUnionGoesUnderTheParameterOwnKey() {
    server.json("{}");
    routes.listRoutes(new ListRoutesRequest().setCreatedValue("1700000000"));
    assertEquals("/api/1/routes?created=1700000000", sent(0).pathAndQuery());
  }

  @Test
  void unionOfScalarsIsSentAsWritten() {
    server.json("{}");
    server.json("{}");
    routes.listRoutes(new ListRoutesRequest().setLimit("all"));
    routes.listRoutes(new ListRoutesRequest().setLimit("25"));
    assertEquals("/api/1/routes?limit=all", sent(0).pathAndQuery());
    assertEquals("/api/1/routes?limit=25", sent(1).pathAndQuery());
  }

  @Test
  void headerParametersOfEveryScalarType() {
    server.json("{}");
    routes.getV1Routes(new GetV1RoutesRequest().setRouteId("7").setXTrace("t-1").setXAttempt(3)
        .setXSince(3_000_000_000_000L).setXWeight(1.5).setXDryRun(true).setXPriority(GetV1RoutesXPriority.HIGH)
        .setXDay(LocalDate.of(2024, 5, 1)));
    LoopbackServer.Recorded r = sent(0);
    assertEquals("/api/1/routes/7", r.pathAndQuery());
    assertEquals("t-1", r.header("X-Trace"));
    assertEquals("3", r.header("X-Attempt"));
    assertEquals("3000000000000", r.header("X-Since"));
    assertEquals("1.5", r.header("X-Weight"));
    assertEquals("true", r.header("X-Dry-Run"));
    assertEquals("high", r.header("X-Priority"));
    assertEquals("2024-05-01", r.header("X-Day"));
  }

  @Test
  void absentHeadersAreNotSent() {
    server.json("{}");
    routes.getV1Routes("7");
    assertEquals(null, sent(0).header("X-Trace"));
    assertEquals(null, sent(0).header("X-Priority"));
  }
}

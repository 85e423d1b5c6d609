package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.codegen.ext.VendorExtensions;
import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.mock.SpecIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With examples on (the default), list operations the fake does not serve answer their example as a last page,
 * so any client's paginator ends; the OAuth discovery documents are served and not counted as violations.
 */
@ExtendWith(MockWorkspaceExtension.class)
class ExampleListsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private MockWorkspace mock;
  private Clients clients;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    mock.reset();
    this.clients = new Clients(mock);
  }

  private JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + MockWorkspace.TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** The operation's path with its path values and required query values filled from the spec's examples. */
  private static String concrete(SpecIndex.Op op) {
    String path = op.pathTemplate.replace("{account_id}", MockWorkspace.ACCOUNT_ID);
    List<String> query = new ArrayList<>();
    if (op.operation.getParameters() != null) {
      for (io.swagger.v3.oas.models.parameters.Parameter p : op.operation.getParameters()) {
        JsonNode v = dev.brickapi.mock.Examples.of(p);
        String value = java.net.URLEncoder.encode(v.isValueNode() ? v.asText() : v.toString(), java.nio.charset.StandardCharsets.UTF_8);
        if ("path".equals(p.getIn())) {
          path = path.replace("{" + p.getName() + "}", value);
        } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
          query.add(p.getName() + "=" + value);
        }
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private boolean servedByTheFake(SpecIndex.Op op) {
    return mock.fake().serves(op);
  }

  @Test
  void everyPagedGetAnswersALastPageAndALaterPageIsEmpty() throws Exception {
    List<String> checked = new ArrayList<>();
    for (SpecIndex.Op op : mock.specs().operations()) {
      Optional<Pagination> paging = VendorExtensions.PAGINATION.read(op.operation.getExtensions());
      if (!op.method.equals("GET") || paging.isEmpty() || paging.get().requestInBody() || paging.get().requestField() == null
          || servedByTheFake(op)) {
        continue;
      }
      Pagination p = paging.get();
      String path = concrete(op);
      JsonNode first = get(path);
      String more = p.responseField();
      if (more != null && first.has(more)) {
        JsonNode v = first.get(more);
        boolean ends = p.style().equals("offset") ? !v.asBoolean()
            : p.style().equals("index") ? first.path(p.items()).size() >= v.asInt() : false;
        assertTrue(ends, op + ": the first page continues with " + more + "=" + v);
      }
      String later = p.style().equals("token") ? "tok-2" : p.style().equals("offset") ? "100" : "3";
      JsonNode next = get(path + (path.contains("?") ? "&" : "?") + p.requestField() + "=" + later);
      assertEquals(0, next.path(p.items()).size(), op + ": a later page has items");
      checked.add(op.toString());
    }
    System.out.println("example lists that end: " + checked.size());
    assertTrue(checked.size() > 40, "paged operations checked: " + checked);
    mock.assertNoViolations();
  }

  @Test
  void paginatorsOfOurClientEndOnExampleLists() {
    var workspace = clients.workspaceClient();
    // families the mock does not keep state for answer their examples (tables, groups, catalogs are stateful)
    assertFalse(workspace.functions().listFunctionsAll("main", "default").stream().count() > 100);
    assertTrue(workspace.servicePrincipals().listServicePrincipalsAll().stream().count() < 100);
    assertTrue(workspace.connections().listConnectionsAll().stream().count() < 100);
    mock.assertNoViolations();
  }

  @Test
  void oauthDiscoveryIsServedAndNotAViolation() throws Exception {
    JsonNode workspace = get("/oidc/.well-known/oauth-authorization-server");
    assertEquals(mock.baseUrl() + "/oidc/v1/token", workspace.get("token_endpoint").asText());
    JsonNode account = get("/oidc/accounts/" + MockWorkspace.ACCOUNT_ID + "/.well-known/oauth-authorization-server");
    assertEquals(mock.baseUrl() + "/oidc/accounts/" + MockWorkspace.ACCOUNT_ID + "/v1/token",
        account.get("token_endpoint").asText());
    mock.assertNoViolations();
  }
}

package dev.brickapi.it;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.mock.Examples;
import dev.brickapi.mock.SpecIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The validator itself: it catches what it must, with its own words, also through cross-file references. */
@ExtendWith(MockWorkspaceExtension.class)
class ContractValidationTest {

  private static List<String> drain(MockWorkspace mock) {
    return mock.takeViolations();
  }

  private static int send(MockWorkspace mock, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
        .header("Content-Type", "application/json").header("Accept", "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void responseThatBreaksTheSchemaIsReported(MockWorkspace mock) {
    mock.stubFor(get(urlPathEqualTo("/api/2.1/clusters/get"))
        .willReturn(okJson("{\"cluster_id\":\"c1\",\"state\":\"BOGUS\",\"num_workers\":-3}")));
    new Clients(mock).workspace(ClustersApi.class).getCluster("c1");
    List<String> v = drain(mock);
    assertTrue(v.stream().anyMatch(m -> m.startsWith("response 200 to GET /api/2.1/clusters/get") && m.contains("BOGUS")), v.toString());
  }

  @Test
  void requestThatBreaksTheSchemaIsReportedThroughCrossFileRefs(MockWorkspace mock) throws Exception {
    // 2.0/clusters.yaml's CreateCluster is an allOf over ../2.1/clusters.yaml#/components/schemas/CreateCluster
    send(mock, "POST", "/api/2.0/clusters/create", "{\"cluster_name\":\"c\",\"spark_version\":\"13.3\",\"num_workers\":\"many\"}");
    List<String> v = drain(mock);
    assertTrue(v.stream().anyMatch(m -> m.startsWith("request POST /api/2.0/clusters/create") && m.contains("num_workers")),
        v.toString());
  }

  @Test
  void missingRequiredQueryParameterIsReported(MockWorkspace mock) throws Exception {
    send(mock, "GET", "/api/2.1/clusters/get", null);
    List<String> v = drain(mock);
    assertTrue(v.stream().anyMatch(m -> m.contains("validation.request.parameter.query.missing")), v.toString());
  }

  @Test
  void unknownPathIsReported(MockWorkspace mock) throws Exception {
    assertEquals(404, send(mock, "GET", "/api/2.0/no/such/thing", null));
    List<String> v = drain(mock);
    assertEquals(List.of("request GET /api/2.0/no/such/thing: no operation of the specs serves it"), v);
  }

  @Test
  void violationFailsWithTheValidatorsWords(MockWorkspace mock) {
    List<String> v = mock.validate("GET", "/api/2.1/clusters/get?cluster_id=c1", Map.of(), null, 200,
        Map.of("Content-Type", List.of("application/json")), "{\"state\":7}".getBytes(StandardCharsets.UTF_8));
    assertTrue(v.stream().anyMatch(m -> m.contains("validation.response.body.schema")), v.toString());
    assertThrows(AssertionError.class, () -> {
      if (!v.isEmpty()) {
        throw new AssertionError(String.join("\n", v));
      }
    });
  }

  @Test
  void everyDocumentLoadsWithItsCrossFileReferences(MockWorkspace mock) {
    assertTrue(mock.specs().operations().size() > 0);
    for (SpecIndex.Op op : mock.specs().operations()) {
      var success = Examples.success(op);
      var media = success == null ? null : Examples.media(success.getValue().getContent());
      if (media != null && media.getValue().getSchema() != null) {
        assertEquals(null, media.getValue().getSchema().get$ref(), op + ": unresolved reference");
      }
    }
  }
}

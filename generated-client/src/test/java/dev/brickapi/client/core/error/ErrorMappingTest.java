package dev.brickapi.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.AlreadyExistsException;
import dev.brickapi.runtime.BadRequestException;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.PermissionDeniedException;
import dev.brickapi.runtime.ServerException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
  private static final String TOKEN = "dapi0123456789abcdef-secret";

  private static <E extends DatabricksException> E failWith(Class<E> type, Reply reply) throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> reply)) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token(TOKEN).build());
      E e = assertThrows(type, () -> client.clusters().getCluster("c-1"));
      assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
      return e;
    }
  }

  @Test
  void resourceDoesNotExistIsNotFoundWithCodeMessageAndRequest() throws Exception {
    NotFoundException e = failWith(NotFoundException.class, Reply.json(404,
        "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Cluster c-1 does not exist\"}"));
    assertEquals(404, e.status());
    assertEquals("RESOURCE_DOES_NOT_EXIST", e.errorCode());
    assertEquals("Cluster c-1 does not exist", e.apiMessage());
    assertEquals("GET", e.method());
    assertEquals("/api/2.1/clusters/get", e.path());
    assertEquals("GET /api/2.1/clusters/get failed: HTTP 404 RESOURCE_DOES_NOT_EXIST: Cluster c-1 does not exist",
        e.getMessage());
  }

  @Test
  void statusesMapToTheHierarchy() throws Exception {
    failWith(BadRequestException.class, Reply.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"x\"}"));
    failWith(PermissionDeniedException.class, Reply.json(403, "{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"x\"}"));
    failWith(AlreadyExistsException.class, Reply.json(400, "{\"error_code\":\"RESOURCE_ALREADY_EXISTS\",\"message\":\"x\"}"));
    failWith(ServerException.class, Reply.json(502, "{\"error_code\":\"BAD_GATEWAY\"}"));
  }

  @Test
  void htmlErrorPageGivesTitleAndExcerpt() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
        + "<style>body{color:red}</style></head><body><h1>Bad Gateway</h1><p>The proxy got no answer.</p>");
    for (int i = 0; i < 100; i++) {
      html.append("<p>filler line ").append(i).append("</p>");
    }
    ServerException e = failWith(ServerException.class, Reply.of(502, "text/html", html.append("</body></html>").toString()));
    String message = e.apiMessage();
    assertTrue(message.startsWith("HTML page instead of JSON"), message);
    assertTrue(message.contains("502 Bad Gateway"), message);
    assertTrue(message.contains("The proxy got no answer."), message);
    assertFalse(message.contains("<p>"), message);
    assertFalse(message.contains("color:red"), message);
    assertTrue(message.length() < 400, "truncated: " + message.length());
  }

  @Test
  void malformedJsonErrorBodyIsQuoted() throws Exception {
    ServerException e = failWith(ServerException.class, Reply.json(500, "{\"error_code\": \"INTERNAL_ERR"));
    assertTrue(e.apiMessage().startsWith("malformed JSON body: {\"error_code\": \"INTERNAL_ERR"), e.apiMessage());
  }

  @Test
  void malformedSuccessBodyIsTransportExceptionWithExcerpt() throws Exception {
    TransportException e = failWith(TransportException.class, Reply.json(200, "{\"cluster_id\": \"c-1\", \"state\": [oops"));
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains("not the expected ClusterDetails"), e.getMessage());
    assertTrue(e.getMessage().contains("{\"cluster_id\": \"c-1\", \"state\": [oops"), e.getMessage());
  }

  @Test
  void emptyBodyStillSaysWhatHappened() throws Exception {
    ServerException e = failWith(ServerException.class, Reply.of(504, null, ""));
    assertTrue(e.apiMessage().startsWith("empty response body"), e.apiMessage());
  }

  @Test
  void otherErrorShapesAreUnderstood() {
    ErrorBody api12 = ErrorBody.parse("{\"error\":\"Command not found\"}".getBytes(), "application/json", null);
    assertNull(api12.errorCode());
    assertEquals("Command not found", api12.message());
    ErrorBody scim = ErrorBody.parse(("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],"
        + "\"detail\":\"User already exists\",\"scimType\":\"uniqueness\",\"status\":\"409\"}").getBytes(), null, null);
    assertEquals("uniqueness", scim.errorCode());
    assertEquals("User already exists", scim.message());
    ErrorBody details = ErrorBody.parse(("{\"error_code\":\"INVALID_STATE\",\"message\":\"m\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"WHY\"}]}").getBytes(), null, null);
    assertEquals("m (WHY)", details.message());
  }

  @Test
  void tokenEchoedByTheServerIsRedacted() throws Exception {
    BadRequestException e = failWith(BadRequestException.class, Reply.json(400,
        "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"bad header Bearer " + TOKEN + " and " + TOKEN + "\"}"));
    assertTrue(e.getMessage().contains("***"), e.getMessage());
  }

  /**
   * A 401 is refreshed whatever its error_code maps to: a 401 whose code names another class (here
   * RESOURCE_DOES_NOT_EXIST) once escaped as a ClassCastException instead of a typed exception.
   */
  @Test
  void a401WithAnotherErrorCodeStillRefreshesARefreshableToken() {
    java.util.concurrent.atomic.AtomicInteger invalidated = new java.util.concurrent.atomic.AtomicInteger();
    dev.brickapi.runtime.auth.TokenSource tokens = new dev.brickapi.runtime.auth.TokenSource() {
      @Override
      public String token() {
        return "t";
      }

      @Override
      public String name() {
        return "refreshable";
      }

      @Override
      public boolean refreshable() {
        return true;
      }

      @Override
      public void invalidate() {
        invalidated.incrementAndGet();
      }
    };
    feign.Request request = feign.Request.create(feign.Request.HttpMethod.GET,
        "https://h.example/api/2.1/clusters/get?cluster_id=c-1", java.util.Map.of(), null,
        java.nio.charset.StandardCharsets.UTF_8, null);
    feign.Response response = feign.Response.builder().status(401).reason("Unauthorized").request(request)
        .headers(java.util.Map.of("Content-Type", java.util.List.of("application/json")))
        .body("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Token is expired\"}",
            java.nio.charset.StandardCharsets.UTF_8)
        .build();
    Exception e = new DatabricksErrorDecoder(new dev.brickapi.runtime.http.Redactor(java.util.List.of()), tokens)
        .decode("ClustersApi#getCluster(String)", response);
    assertTrue(e instanceof dev.brickapi.runtime.retry.AuthRefreshRetry, String.valueOf(e));
    assertEquals(1, invalidated.get());
    DatabricksException cause = (DatabricksException) e.getCause();
    assertEquals(401, cause.status());
    assertEquals("RESOURCE_DOES_NOT_EXIST", cause.errorCode());
    assertEquals("/api/2.1/clusters/get", cause.path());
  }
}

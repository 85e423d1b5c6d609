package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to a mock workspace, JSON in and out, for the fakes' tests. */
final class MockHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final MockWorkspace mock;

  /** The status of the last call. */
  int status;

  MockHttp(MockWorkspace mock) {
    this.mock = mock;
  }

  JsonNode get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  JsonNode post(String path, String json) {
    return send("POST", path, json);
  }

  JsonNode send(String method, String pathAndQuery, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + MockWorkspace.TOKEN);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #send}, asserting the status. */
  JsonNode expect(int expected, String method, String pathAndQuery, String json) {
    JsonNode body = send(method, pathAndQuery, json);
    if (status != expected) {
      throw new AssertionError(method + " " + pathAndQuery + ": expected " + expected + ", got " + status + " " + body);
    }
    return body;
  }
}

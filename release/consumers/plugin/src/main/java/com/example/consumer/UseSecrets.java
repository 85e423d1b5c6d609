package com.example.consumer;

import com.example.databricks.secrets.v20.ListScopesResponse;
import com.example.databricks.secrets.v20.SecretsApi;
import com.sun.net.httpserver.HttpServer;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Calls the generated secrets service once, against a loopback server, with brickapi-runtime alone. */
public final class UseSecrets {
  private UseSecrets() {}

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/2.0/secrets/scopes/list", exchange -> {
      byte[] body = "{\"scopes\":[{\"name\":\"etl\",\"backend_type\":\"DATABRICKS\"}]}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      Config config = Config.builder().host("http://127.0.0.1:" + server.getAddress().getPort()).token("consumer-token")
          .environment(Map.of()).allowInsecureLoopback(true).build();
      ListScopesResponse scopes = new SecretsApi(ApiClient.workspace(config)).listScopes();
      String name = scopes.getScopes().get(0).getName();
      if (!"etl".equals(name)) {
        throw new AssertionError("expected the scope 'etl', got " + name);
      }
      System.out.println("consumer plugin: generated SecretsApi (secrets + token documents from brickapi-specs) "
          + "listed scope '" + name + "' with brickapi-runtime alone");
    } finally {
      server.stop(0);
    }
  }
}

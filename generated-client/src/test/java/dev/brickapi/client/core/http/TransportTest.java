package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.ProxySettings;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.service.clusters.v21.StartCluster;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TransportTest {
  private static final String CLUSTER = "{\"cluster_id\":\"c-1\",\"state\":\"RUNNING\"}";

  @Test
  void gzipResponsesAreDecoded() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(CLUSTER.getBytes(StandardCharsets.UTF_8));
    }
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.bytes(200, "application/json", zipped.toByteArray())
        .header("Content-Encoding", "gzip"))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      assertEquals("c-1", client.clusters().getCluster("c-1").getClusterId());
      assertTrue(server.requests().get(0).header("Accept-Encoding").contains("gzip"));
    }
  }

  @Test
  void readTimeoutEndsAsTimeoutException() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.json(200, "{}");
    })) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t")
          .readTimeout(Duration.ofMillis(200)).build());
      DatabricksTimeoutException e = assertThrows(DatabricksTimeoutException.class,
          () -> client.clusters().startCluster(new StartCluster().setClusterId("c-1")));
      assertEquals("POST", e.method());
      assertEquals(1, server.requests().size(), "a POST that timed out is not sent again");
    }
  }

  @Test
  void explicitProxyWithCredentialsCarriesTheCalls() throws Exception {
    String expected = "Basic " + Base64.getEncoder().encodeToString("alice:proxy-pw".getBytes(StandardCharsets.UTF_8));
    try (LoopbackServer proxy = LoopbackServer.start(r -> expected.equals(r.header("Proxy-Authorization"))
        ? Reply.json(200, CLUSTER)
        : Reply.of(407, "text/plain", "auth").header("Proxy-Authenticate", "Basic realm=\"proxy\""))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config("http://127.0.0.1:9")
          .token("t")
          .proxy(ProxySettings.of("127.0.0.1", Integer.parseInt(proxy.url().replaceAll(".*:", "")))
              .withCredentials("alice", "proxy-pw"))
          .build());
      assertEquals("c-1", client.clusters().getCluster("c-1").getClusterId());
      LoopbackServer.Recorded last = proxy.requests().get(proxy.requests().size() - 1);
      assertEquals("127.0.0.1:9", last.header("Host"), "the request was for the workspace, through the proxy");
      assertNull(proxy.requests().get(0).header("Proxy-Authorization"));
    }
  }

  @Test
  void withoutAnExplicitProxyTheJvmProxySettingsApply() throws Exception {
    java.net.ProxySelector saved = java.net.ProxySelector.getDefault();
    try (LoopbackServer proxy = LoopbackServer.start(r -> Reply.json(200, CLUSTER))) {
      int port = Integer.parseInt(proxy.url().replaceAll(".*:", ""));
      // What -Dhttp.proxyHost/-Dhttp.proxyPort install, set here without touching the JVM's properties.
      java.net.ProxySelector.setDefault(java.net.ProxySelector.of(new java.net.InetSocketAddress("127.0.0.1", port)));
      WorkspaceClient client = new WorkspaceClient(TestClients.config("http://127.0.0.1:9").token("t").build());
      assertEquals("c-1", client.clusters().getCluster("c-1").getClusterId());
      assertEquals("127.0.0.1:9", proxy.requests().get(0).header("Host"), "the call went to the workspace through the JVM's proxy");
    } finally {
      java.net.ProxySelector.setDefault(saved);
    }
  }
}

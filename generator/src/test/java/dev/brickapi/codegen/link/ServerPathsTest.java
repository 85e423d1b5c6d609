package dev.brickapi.codegen.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerPathsTest {

  private static Server server(String url) {
    return new Server().url(url);
  }

  @Test
  void thePathOfTheServerUrlWithoutItsTrailingSlash() {
    assertEquals("/api/1.0", ServerPaths.pathOf("https://app.asana.com/api/1.0"));
    assertEquals("/v1", ServerPaths.pathOf("https://api.color.pizza/v1/"));
    assertEquals("/api/v1", ServerPaths.pathOf("/api/v1"));
    assertEquals("", ServerPaths.pathOf("https://api.stripe.com/"));
    assertEquals("", ServerPaths.pathOf("https://messaging.twilio.com"));
    assertEquals("", ServerPaths.pathOf("api.calorieninjas.com"));
  }

  @Test
  void variablesTakeTheirDefaults() {
    Server s = server("{protocol}://{hostname}/api/{version}").variables(new ServerVariables()
        .addServerVariable("protocol", new ServerVariable()._default("https"))
        .addServerVariable("hostname", new ServerVariable()._default("HOSTNAME"))
        .addServerVariable("version", new ServerVariable()._default("v3")));
    assertEquals("/api/v3", ServerPaths.basePath(null, null, List.of(s)));
  }

  @Test
  void theNearestServersWinAndNoneAddNothing() {
    List<Server> doc = List.of(server("https://api.box.com/2.0"));
    assertEquals("/2.0", ServerPaths.basePath(null, List.of(), doc));
    assertEquals("/upload", ServerPaths.basePath(null, List.of(server("https://upload.box.com/upload")), doc));
    assertEquals("/op", ServerPaths.basePath(List.of(server("/op")), List.of(server("/item")), doc));
    assertEquals("", ServerPaths.basePath(null, null, null));
  }
}

package dev.brickapi.codegen.generated;

import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

/** Runtime clients of a loopback server for the golden services: no environment, no home, fast retries. */
public final class GeneratedClients {

  private GeneratedClients() {}

  static Config.Builder config(String url) {
    return Config.builder().host(url).token("test-token").environment(Map.of())
        .home(Paths.get("/nonexistent-home-for-tests")).allowInsecureLoopback(true)
        .retryBaseDelay(Duration.ofMillis(5)).retryDeadline(Duration.ofSeconds(5));
  }

  public static ApiClient workspace(String url) {
    return ApiClient.workspace(config(url).build());
  }

  static ApiClient account(String url, String accountId) {
    return ApiClient.account(config(url).accountId(accountId).build());
  }
}

package dev.brickapi.runtime.testing;

import dev.brickapi.runtime.Config;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;

/** Configuration builders for tests: no real environment, no real home, loopback http, fast retries. */
public final class TestClients {
  private TestClients() {}

  public static Config.Builder config(String url) {
    return Config.builder()
        .host(url)
        .environment(Collections.emptyMap())
        .home(Paths.get("/nonexistent-home-for-tests"))
        .allowInsecureLoopback(true)
        .retryBaseDelay(Duration.ofMillis(10))
        .retryDeadline(Duration.ofSeconds(20))
        .readTimeout(Duration.ofSeconds(30));
  }

  public static Config.Builder config(String url, Path home) {
    return config(url).home(home);
  }
}

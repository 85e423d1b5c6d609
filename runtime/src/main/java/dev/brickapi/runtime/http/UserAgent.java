package dev.brickapi.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent of every request, computed once: client name and version, Java version and OS. */
public final class UserAgent {
  /** For example {@code brickapi-java/0.1.0 java/17.0.15 os/linux}. */
  public static final String VALUE = "brickapi-java/" + version() + " java/" + System.getProperty("java.version")
      + " os/" + System.getProperty("os.name", "unknown").toLowerCase(java.util.Locale.ROOT).replace(' ', '-');

  private UserAgent() {}

  /** The client's version from the jar's Maven metadata, "dev" when running from classes. */
  public static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream(
        "/META-INF/maven/dev.brickapi/brickapi-runtime/pom.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}

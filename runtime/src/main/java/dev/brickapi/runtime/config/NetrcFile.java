package dev.brickapi.runtime.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the password of a machine from a {@code .netrc} file. Databricks' convention is
 * {@code machine <host> login token password <personal access token>}.
 */
public final class NetrcFile {
  private NetrcFile() {}

  /** The password of the first {@code machine} entry for {@code host} (or of {@code default}), if any. */
  public static Optional<String> password(Path path, String host) {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    String[] tokens;
    try {
      tokens = new String(Files.readAllBytes(path), StandardCharsets.UTF_8).trim().split("\\s+");
    } catch (IOException e) {
      return Optional.empty();
    }
    boolean inMatch = false;
    String fallback = null;
    boolean inDefault = false;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      if ("machine".equals(token) && i + 1 < tokens.length) {
        inMatch = tokens[++i].equalsIgnoreCase(host);
        inDefault = false;
      } else if ("default".equals(token)) {
        inMatch = false;
        inDefault = true;
      } else if ("password".equals(token) && i + 1 < tokens.length) {
        String password = tokens[++i];
        if (inMatch) {
          return Optional.of(password);
        }
        if (inDefault && fallback == null) {
          fallback = password;
        }
      } else if ("macdef".equals(token)) {
        break;
      }
    }
    return Optional.ofNullable(fallback);
  }
}

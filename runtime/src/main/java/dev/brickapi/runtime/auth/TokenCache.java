package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickapi.runtime.ConfigException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth token cache of the Databricks CLI, {@code ~/.databricks/token-cache.json}, read and written in its
 * format, so a {@code databricks auth login} serves brickapi and a brickapi login serves the CLI:
 * <pre>{"version": 1, "tokens": {"https://adb-1.2.azuredatabricks.net": {"access_token": "...",
 *   "token_type": "Bearer", "refresh_token": "...", "expiry": "2024-05-01T12:00:00.123+02:00"}}}</pre>
 * A workspace's key is its host, an account's {@code <host>/oidc/accounts/<account id>}. Writing keeps every other
 * entry and field, replaces the file atomically and leaves it readable by its owner only (0600, folder 0700).
 */
final class TokenCache {
  private static final Logger LOG = LoggerFactory.getLogger(TokenCache.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Object LOCK = new Object();

  private final Path file;

  TokenCache(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The token stored under {@code key}, if any. */
  Optional<Token> load(String key) {
    synchronized (LOCK) {
      JsonNode entry = read().path("tokens").path(key);
      String access = entry.path("access_token").asText("");
      if (access.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Token(access, entry.path("refresh_token").asText(null),
          TokenExpiry.rfc3339(entry.get("expiry"))));
    }
  }

  /** Stores {@code token} under {@code key}; a cache that cannot be written is logged, the token still used. */
  void store(String key, Token token) {
    synchronized (LOCK) {
      ObjectNode root = read();
      root.put("version", 1);
      ObjectNode tokens = root.get("tokens") instanceof ObjectNode ? (ObjectNode) root.get("tokens")
          : root.putObject("tokens");
      ObjectNode entry = tokens.get(key) instanceof ObjectNode ? (ObjectNode) tokens.get(key) : tokens.putObject(key);
      entry.put("access_token", token.accessToken());
      entry.put("token_type", "Bearer");
      if (token.refreshToken() != null) {
        entry.put("refresh_token", token.refreshToken());
      } else {
        entry.remove("refresh_token");
      }
      if (token.expiry() != null) {
        entry.put("expiry", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.ofInstant(token.expiry(), ZoneOffset.UTC)));
      } else {
        entry.remove("expiry");
      }
      try {
        write(JSON.writeValueAsBytes(root));
      } catch (IOException e) {
        LOG.warn("cannot write the token cache {}: {}; this login is kept for this client only", file, e.getMessage());
      }
    }
  }

  private ObjectNode read() {
    if (!Files.isRegularFile(file)) {
      return JSON.createObjectNode();
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException("the token cache " + file + " is not readable JSON (" + e.getClass().getSimpleName()
          + "); move it away and log in again");
    }
    if (root == null || root.isMissingNode() || root.isEmpty() && root.isObject()) {
      return JSON.createObjectNode();
    }
    if (!root.isObject() || root.path("version").asInt(-1) != 1) {
      throw new ConfigException("the token cache " + file + " has version " + root.path("version").asText("(none)")
          + "; brickapi reads version 1, the Databricks CLI's: update brickapi, or move the file away and log in again");
    }
    return (ObjectNode) root;
  }

  private void write(byte[] bytes) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      try {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        Files.createDirectories(folder);
      } catch (FileAlreadyExistsException e) {
        // made meanwhile
      }
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(folder, ".token-cache", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      temporary = Files.createTempFile(folder, ".token-cache", ".tmp");
    }
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

package dev.brickapi.runtime.config;

import dev.brickapi.runtime.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the INI file {@code ~/.databrickscfg}: {@code [profile]} sections of {@code key = value} lines;
 * {@code #} and {@code ;} start comments; keys outside a section belong to {@code DEFAULT}.
 */
public final class ProfileFile {
  private final Path path;
  private final Map<String, Map<String, String>> profiles;

  private ProfileFile(Path path, Map<String, Map<String, String>> profiles) {
    this.path = path;
    this.profiles = profiles;
  }

  /** The file's profiles, or none when the file does not exist. */
  public static ProfileFile read(Path path) {
    Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
    if (!Files.isRegularFile(path)) {
      return new ProfileFile(path, profiles);
    }
    try {
      String section = "DEFAULT";
      int lineNumber = 0;
      for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        lineNumber++;
        String line = raw.trim();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          section = line.substring(1, line.length() - 1).trim();
          profiles.computeIfAbsent(section, k -> new LinkedHashMap<>());
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          throw new ConfigException(path + " line " + lineNumber + ": expected 'key = value' or '[profile]'");
        }
        profiles.computeIfAbsent(section, k -> new LinkedHashMap<>())
            .put(line.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), line.substring(eq + 1).trim());
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return new ProfileFile(path, profiles);
  }

  public Path path() {
    return path;
  }

  public boolean has(String profile) {
    return profiles.containsKey(profile);
  }

  /** The keys of a profile (lower case), empty when there is no such profile. */
  public Map<String, String> profile(String name) {
    return Collections.unmodifiableMap(profiles.getOrDefault(name, Collections.emptyMap()));
  }

  public java.util.Set<String> names() {
    return Collections.unmodifiableSet(profiles.keySet());
  }
}

package dev.brickapi.runtime.auth;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an executable as a shell would: a name with a path separator is taken as it is, any other name is looked
 * up in the folders of the {@code PATH} of the configured environment (with the {@code PATHEXT} extensions on
 * Windows). The environment is the client's ({@code Config.builder().environment(...)}), so tests use a PATH of
 * their own without touching the process's.
 */
final class ExecutableLookup {
  private final Map<String, String> environment;
  private final boolean windows;

  ExecutableLookup(Map<String, String> environment) {
    this(environment, System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
  }

  ExecutableLookup(Map<String, String> environment, boolean windows) {
    this.environment = environment;
    this.windows = windows;
  }

  Optional<Path> find(String command) {
    try {
      if (command.contains("/") || command.contains(File.separator)) {
        Path path = Paths.get(command);
        return executable(path) ? Optional.of(path) : Optional.empty();
      }
      for (String folder : variable("PATH").split(File.pathSeparator)) {
        if (folder.isEmpty()) {
          continue;
        }
        for (String extension : extensions()) {
          Path candidate = Paths.get(folder).resolve(command + extension);
          if (executable(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The PATH this lookup searches, for messages. */
  String path() {
    return variable("PATH");
  }

  private List<String> extensions() {
    List<String> extensions = new ArrayList<>();
    extensions.add("");
    if (windows) {
      String pathext = variable("PATHEXT");
      for (String extension : (pathext.isEmpty() ? ".COM;.EXE;.BAT;.CMD" : pathext).split(";")) {
        if (!extension.isEmpty()) {
          extensions.add(extension.toLowerCase(Locale.ROOT));
        }
      }
    }
    return extensions;
  }

  private boolean executable(Path path) {
    return Files.isRegularFile(path) && (windows || Files.isExecutable(path));
  }

  /** A variable by name; on Windows its name is matched whatever its case ({@code Path}). */
  private String variable(String name) {
    String value = environment.get(name);
    if (value == null && windows) {
      for (Map.Entry<String, String> entry : environment.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          value = entry.getValue();
        }
      }
    }
    return value == null ? "" : value;
  }
}

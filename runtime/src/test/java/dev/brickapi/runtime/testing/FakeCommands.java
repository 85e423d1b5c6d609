package dev.brickapi.runtime.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fake command line tools ({@code databricks}, {@code az}) as {@code /bin/sh} scripts in a folder that is the whole
 * PATH of the environment a test gives its client, so nothing real is found and the process's environment is never
 * touched. Each script appends its arguments to {@code <name>.calls} before it runs its body; the body sees the
 * number of this call in {@code $n} (1 for the first). Bodies use shell builtins only.
 */
public final class FakeCommands {
  private final Path folder;

  public FakeCommands(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
  }

  public Path folder() {
    return folder;
  }

  /** Writes the script {@code name} with {@code body} (sh). */
  public Path script(String name, String body) throws IOException {
    Path calls = folder.resolve(name + ".calls");
    Path script = folder.resolve(name);
    String text = "#!/bin/sh\n"
        + "printf '%s\\n' \"$*\" >> '" + calls + "'\n"
        + "n=0; while IFS= read -r _; do n=$((n+1)); done < '" + calls + "'\n"
        + body + "\n";
    Files.write(script, text.getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  /** A script that prints {@code json} and exits 0. */
  public Path printing(String name, String json) throws IOException {
    return script(name, "printf '%s\\n' " + quoted(json));
  }

  /** A script that prints {@code stderr} on the error output and exits with {@code code}. */
  public Path failing(String name, int code, String stderr) throws IOException {
    return script(name, "printf '%s\\n' " + quoted(stderr) + " >&2\nexit " + code);
  }

  /** {@code text} as one single-quoted shell word. */
  public static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** A script that never ends on its own. */
  public Path hanging(String name) throws IOException {
    return script(name, "exec " + sleep() + " 60");
  }

  /** The argument lines of every call of {@code name} so far. */
  public List<String> calls(String name) throws IOException {
    Path calls = folder.resolve(name + ".calls");
    return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : Collections.emptyList();
  }

  /** An environment whose PATH is this folder only. */
  public Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", folder.toString());
    return environment;
  }

  private static String sleep() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      Path candidate = Paths.get(dir, "sleep");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return "/bin/sleep";
  }
}
